using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsAlerts.Matching.Analysis;

namespace NewsAlerts.Matching.Expansion;

/// <summary>
/// Derives the compact embedded data files (countries.tsv, concepts.tsv, subjects.tsv) from the shared source data,
/// so the licensed sources are never copied whole into the repository. A test regenerates them and compares.
/// </summary>
public static partial class ExpansionDataBuilder
{
    /// <summary>From world-countries' countries.json (ODbL 1.0): name TAB official|alternative spellings|demonyms.</summary>
    public static string BuildCountries(string countriesJson)
    {
        using var document = JsonDocument.Parse(countriesJson);
        var output = new StringBuilder();
        output.Append("# Countries: names, official names, alternative spellings and English demonyms.\n")
            .Append("# Derived from world-countries 5.1.0 (github.com/mledoze/countries), (c) its contributors, under the Open Database Licence (ODbL) 1.0.\n")
            .Append("# This derived database is also under ODbL 1.0 (share-alike): https://opendatacommons.org/licenses/odbl/1-0/\n")
            .Append("# Two-letter codes (US, UK, SY) are left out: lower-cased they are English words.\n");
        foreach (var country in document.RootElement.EnumerateArray())
        {
            var name = country.GetProperty("name").GetString()!;
            var variants = new List<string>();
            void Add(string? value)
            {
                if (string.IsNullOrWhiteSpace(value) || value.Length <= 2 || !IsLatin(value))
                {
                    return;
                }

                if (!variants.Contains(value, StringComparer.OrdinalIgnoreCase) && !value.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    variants.Add(value);
                }

                var shortForm = StateOfPattern().Match(value);
                if (shortForm.Success && shortForm.Groups["rest"].Value.Length >= 4)
                {
                    Add(shortForm.Groups["rest"].Value);
                }
            }

            Add(country.GetProperty("official").GetString());
            foreach (var spelling in country.GetProperty("altSpellings").EnumerateArray())
            {
                Add(spelling.GetString());
            }

            foreach (var demonym in country.GetProperty("demonyms").EnumerateArray())
            {
                Add(demonym.GetString());
            }

            output.Append(name).Append('\t').Append(string.Join('|', variants)).Append('\n');
        }

        return output.ToString();
    }

    /// <summary>From the WordNet 3.1 sample and the project's seed: headword TAB synonym|synonym.</summary>
    public static string BuildConcepts(string wordnetSampleJson, string seedTsv)
    {
        using var document = JsonDocument.Parse(wordnetSampleJson);
        var terms = document.RootElement.GetProperty("terms");
        var output = new StringBuilder();
        output.Append("# News concepts: synonyms that name the same event.\n")
            .Append("# Synonyms from WordNet 3.1 (Princeton University), under the WordNet License: \"WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.\"\n")
            .Append("# Permission to use, copy, modify and distribute WordNet for any purpose is granted, provided the copyright notice is kept (see Data/NOTICE.md).\n")
            .Append("# The choice of senses and the extra phrases are NewsAlerts' own (Data/Sources/news-concepts-seed.tsv).\n");
        foreach (var line in seedTsv.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.TrimEnd('\r').Split('\t');
            var headword = parts[0];
            var synonyms = new List<string>();
            foreach (var selector in parts.Length > 1 ? parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                synonyms.AddRange(SelectSynonyms(terms.GetProperty(headword), selector));
            }

            if (parts.Length > 2)
            {
                synonyms.AddRange(parts[2].Split('|', StringSplitOptions.RemoveEmptyEntries));
            }

            var kept = synonyms.Select(s => s.Replace('_', ' '))
                .Where(s => s.Length > 2 && !s.Equals(headword, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase);
            output.Append(headword).Append('\t').Append(string.Join('|', kept)).Append('\n');
        }

        return output.ToString();
    }

    /// <summary>From IPTC mediatopics-flat.csv (CC BY 4.0): active topics as qcode TAB label TAB broader qcode.</summary>
    public static string BuildSubjects(string mediaTopicsCsv)
    {
        var output = new StringBuilder();
        output.Append("# IPTC Media Topics (active concepts): qcode, en-GB label, broader qcode.\n")
            .Append("# (c) IPTC - International Press Telecommunications Council, https://iptc.org/standards/media-topics/\n")
            .Append("# Licensed under Creative Commons Attribution 4.0 (CC BY 4.0): https://creativecommons.org/licenses/by/4.0/ ; reduced to three columns.\n");
        var rows = CsvRows(mediaTopicsCsv).ToList();
        var header = rows[0];
        int Column(string name) => Array.IndexOf(header, name);
        int code = Column("qcode"), label = Column("label"), broader = Column("broader"), retired = Column("retired");
        foreach (var row in rows.Skip(1))
        {
            if (row.Length <= retired || row[retired].Length > 0)
            {
                continue;
            }

            output.Append(row[code]).Append('\t').Append(row[label]).Append('\t').Append(row[broader]).Append('\n');
        }

        return output.ToString();
    }

    private static IEnumerable<string> SelectSynonyms(JsonElement term, string selector)
    {
        var parts = selector.Split(':');
        if (parts[0] == "sense")
        {
            var sense = term.GetProperty("senses")[int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) - 1];
            return sense.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()!);
        }

        var index = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) - 1;
        var related = term.GetProperty("related_lookups_not_synonyms").EnumerateArray()
            .Where(r => r.GetProperty("lemma_looked_up").GetString() == parts[1]).ElementAt(index);
        return related.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()!);
    }

    private static bool IsLatin(string value) => TextFolding.Fold(value).All(c => c < 0x250);

    private static IEnumerable<string[]> CsvRows(string csv)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return [.. fields];
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }

    [GeneratedRegex(@"^(.*\b)?(Republic|Kingdom|State|Commonwealth|Principality|Federation|Emirate|Sultanate|Union|Confederation|Grand Duchy) of (the )?(?<rest>.+)$")]
    private static partial Regex StateOfPattern();
}
