using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsAlerts.Matching.Expansion;

/// <content>Acronyms of organisations and groups (acronyms.tsv).</content>
public static partial class ExpansionDataBuilder
{
    // The lexicographer file of groups and organisations (lexnames: 14 noun.group).
    private const int NounGroup = 14;

    // Written in capitals in the news as something else, and not WordNet lemmas: company suffix, "executive".
    private static readonly HashSet<string> AcronymStopList = new(StringComparer.Ordinal) { "INC", "EXEC" };

    /// <summary>
    /// From WordNet 3.1's data files (WordNet License): each noun.group synset of <paramref name="dataNoun"/> that pairs
    /// an acronym (all capitals, at least 3 letters: NATO, UNICEF, WHO) with a name of several words (North Atlantic
    /// Treaty Organization), as acronym|acronym TAB name|name, after the corrections of <see cref="AcronymCorrections"/>.
    /// Left out, because a capitalised word in an article would too often mean something else: two-letter acronyms
    /// (UN, EU); an acronym that any other WordNet synset of any part of speech (<paramref name="dataNoun"/> and
    /// <paramref name="otherDataFiles"/>: data.verb, data.adj, data.adv) has as a lemma, ignoring case, so English
    /// words (LET, FAR, FIG, SEC) and acronyms of several meanings (RAF, ELN, FSB) go; an acronym that is an
    /// alternative spelling of a country in <paramref name="countriesJson"/> (world-countries; USA); and the short
    /// <see cref="AcronymStopList"/>. A synset left without acronym or name is left out.
    /// </summary>
    public static string BuildAcronyms(string dataNoun, IEnumerable<string> otherDataFiles, string countriesJson)
    {
        var synsetsByLemma = CountSynsetsByLemma([dataNoun, .. otherDataFiles]);
        var countrySpellings = CountrySpellings(countriesJson);
        var output = new StringBuilder();
        output.Append("# Acronyms of organisations and groups: acronyms (all capitals, 3+ letters) TAB names of several words.\n")
            .Append("# From WordNet 3.1 (Princeton University), noun.group synsets, under the WordNet License: \"WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.\"\n")
            .Append("# Permission to use, copy, modify and distribute WordNet for any purpose is granted, provided the copyright notice is kept (see Data/NOTICE.md).\n")
            .Append("# Left out: acronyms that are lemmas of another WordNet synset (English words, several meanings), country spellings (USA), INC, EXEC.\n")
            .Append("# Corrected: known WordNet errors (ExpansionDataBuilder.AcronymCorrections), e.g. PPK -> PKK.\n");
        foreach (var line in dataNoun.Split('\n'))
        {
            // synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt ...; licence lines start with spaces.
            if (line.Length == 0 || line[0] == ' ')
            {
                continue;
            }

            var fields = line.Split(' ');
            if (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) != NounGroup)
            {
                continue;
            }

            var words = Correct(SynsetWords(fields)).ToList();
            var acronyms = words.Where(w => AcronymPattern().IsMatch(w)
                    && synsetsByLemma.GetValueOrDefault(w.ToLowerInvariant()) <= 1
                    && !countrySpellings.Contains(w)
                    && !AcronymStopList.Contains(w))
                .Distinct(StringComparer.Ordinal).ToList();
            var names = words.Where(w => w.Contains('_', StringComparison.Ordinal) && !AcronymPattern().IsMatch(w.Replace("_", string.Empty, StringComparison.Ordinal)))
                .Select(w => w.Replace('_', ' ')).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (acronyms.Count > 0 && names.Count > 0)
            {
                output.Append(string.Join('|', acronyms)).Append('\t').Append(string.Join('|', names)).Append('\n');
            }
        }

        return output.ToString();
    }

    // The words of a synset line as written (adjective markers such as "(a)" removed).
    private static IEnumerable<string> SynsetWords(string[] fields)
    {
        var count = int.Parse(fields[3], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        return Enumerable.Range(0, count).Select(i => fields[4 + (2 * i)]).Select(w => w.EndsWith(')') ? w[..w.IndexOf('(', StringComparison.Ordinal)] : w);
    }

    // How many synsets (over all the data files) have each lemma, lower-cased.
    private static Dictionary<string, int> CountSynsetsByLemma(IEnumerable<string> dataFiles)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in dataFiles.SelectMany(file => file.Split('\n')))
        {
            if (line.Length == 0 || line[0] == ' ')
            {
                continue;
            }

            foreach (var lemma in SynsetWords(line.Split(' ')).Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
            {
                counts[lemma] = counts.GetValueOrDefault(lemma) + 1;
            }
        }

        return counts;
    }

    // The alternative spellings of every country, in capitals (world-countries' altSpellings: US, USA, UAE, ...).
    private static HashSet<string> CountrySpellings(string countriesJson)
    {
        using var document = JsonDocument.Parse(countriesJson);
        return document.RootElement.EnumerateArray()
            .SelectMany(country => country.GetProperty("altSpellings").EnumerateArray())
            .Select(spelling => spelling.GetString()!.ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("^[A-Z]{3,}$")]
    private static partial Regex AcronymPattern();
}
