using NewsAlerts.Matching.Analysis;

namespace NewsAlerts.Matching.Expansion;

/// <summary>
/// Countries (names, official names, alternative spellings, demonyms) and news concepts (synonyms), loaded from
/// the embedded data files: a query that names any variant of a group also matches every other variant.
/// </summary>
internal sealed class ExpansionDictionary
{
    private readonly Dictionary<string, List<List<ExpansionVariant>>> groupsByKey = new(StringComparer.Ordinal);

    public static ExpansionDictionary Empty { get; } = new();

    public int GroupCount { get; private set; }

    /// <summary>Country names across languages, for topics matched in articles of another language.</summary>
    public CountryNames Countries { get; init; } = CountryNames.Empty;

    /// <summary>Acronyms of organisations and groups and the names they stand for.</summary>
    public AcronymDictionary Acronyms { get; init; } = AcronymDictionary.Empty;

    /// <summary>Reads lines of <c>name TAB variant|variant|...</c>; every variant, including the name, belongs to the group.</summary>
    public void AddGroups(string tsv, TextAnalyzer analyzer)
    {
        foreach (var line in tsv.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.TrimEnd('\r').Split('\t');
            var names = new List<string> { parts[0] };
            if (parts.Length > 1)
            {
                names.AddRange(parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries));
            }

            var group = new List<ExpansionVariant>();
            foreach (var name in names)
            {
                var words = new List<AnalyzedWord>();
                analyzer.Analyze(name, words);
                if (words.Count > 0 && group.All(v => !v.Stems.SequenceEqual(words.Select(w => w.Stem))))
                {
                    group.Add(new ExpansionVariant(name, [.. words.Select(w => w.Stem)], [.. words.Select(w => w.Folded)], words.Skip(1).All(w => w.JoinsPrevious)));
                }
            }

            GroupCount++;
            foreach (var variant in group)
            {
                Register(string.Join(' ', variant.Stems), group);
                if (variant.Stems.Count == 2 && variant.InOneClause)
                {
                    Register(analyzer.StemJoined(variant.Folded[0], variant.Folded[1]).Stem, group);
                }
            }
        }
    }

    /// <summary>The variants of every group a word sequence (given as its space-joined stems) belongs to.</summary>
    public IEnumerable<ExpansionVariant> Variants(string stemKey) =>
        groupsByKey.TryGetValue(stemKey, out var groups) ? groups.SelectMany(g => g) : [];

    private void Register(string key, List<ExpansionVariant> group)
    {
        if (!groupsByKey.TryGetValue(key, out var groups))
        {
            groupsByKey[key] = groups = [];
        }

        if (!groups.Contains(group))
        {
            groups.Add(group);
        }
    }
}
