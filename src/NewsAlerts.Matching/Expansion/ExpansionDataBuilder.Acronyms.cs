using System.Text;
using System.Text.RegularExpressions;

namespace NewsAlerts.Matching.Expansion;

/// <content>Acronyms of organisations and groups (acronyms.tsv).</content>
public static partial class ExpansionDataBuilder
{
    // The lexicographer file of groups and organisations (lexnames: 14 noun.group).
    private const int NounGroup = 14;

    /// <summary>
    /// From WordNet 3.1's data.noun (WordNet License): each noun.group synset that pairs an acronym (all capitals,
    /// at least 3 letters: NATO, UNICEF, WHO) with a name of several words (North Atlantic Treaty Organization), as
    /// acronym|acronym TAB name|name. Two-letter acronyms (UN, EU) are left out: they are ambiguous even in capitals.
    /// </summary>
    public static string BuildAcronyms(string dataNoun)
    {
        var output = new StringBuilder();
        output.Append("# Acronyms of organisations and groups: acronyms (all capitals, 3+ letters) TAB names of several words.\n")
            .Append("# From WordNet 3.1 (Princeton University), noun.group synsets, under the WordNet License: \"WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.\"\n")
            .Append("# Permission to use, copy, modify and distribute WordNet for any purpose is granted, provided the copyright notice is kept (see Data/NOTICE.md).\n");
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

            var count = int.Parse(fields[3], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            var words = Enumerable.Range(0, count).Select(i => fields[4 + (2 * i)]).ToList();
            var acronyms = words.Where(w => AcronymPattern().IsMatch(w)).Distinct(StringComparer.Ordinal).ToList();
            var names = words.Where(w => w.Contains('_', StringComparison.Ordinal) && !AcronymPattern().IsMatch(w.Replace("_", string.Empty, StringComparison.Ordinal)))
                .Select(w => w.Replace('_', ' ')).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (acronyms.Count > 0 && names.Count > 0)
            {
                output.Append(string.Join('|', acronyms)).Append('\t').Append(string.Join('|', names)).Append('\n');
            }
        }

        return output.ToString();
    }

    [GeneratedRegex("^[A-Z]{3,}$")]
    private static partial Regex AcronymPattern();
}
