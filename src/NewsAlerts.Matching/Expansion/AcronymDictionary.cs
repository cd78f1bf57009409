using NewsAlerts.Matching.Analysis;

namespace NewsAlerts.Matching.Expansion;

/// <summary>
/// Acronyms of organisations and groups (acronyms.tsv, from WordNet 3.1): an acronym written in capitals in a topic
/// also matches the names it stands for, and a name also matches its acronym written in capitals in an article, so
/// "who" never meets the World Health Organization.
/// </summary>
internal sealed class AcronymDictionary
{
    private readonly Dictionary<string, List<ExpansionVariant>> namesByAcronym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> acronymsByName = new(StringComparer.Ordinal);

    public static AcronymDictionary Empty { get; } = new();

    /// <summary>Reads lines of <c>ACRONYM|ACRONYM TAB name|name</c>; the names are analysed by <paramref name="analyzer"/> (English).</summary>
    public static AcronymDictionary Parse(string tsv, TextAnalyzer analyzer)
    {
        var dictionary = new AcronymDictionary();
        var words = new List<AnalyzedWord>();
        foreach (var line in tsv.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.TrimEnd('\r').Split('\t');
            var acronyms = parts[0].Split('|', StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Clear();
                analyzer.Analyze(name, words);
                if (words.Count < 2)
                {
                    continue;
                }

                var variant = new ExpansionVariant(name, [.. words.Select(w => w.Stem)], [.. words.Select(w => w.Folded)], words.Skip(1).All(w => w.JoinsPrevious));
                var key = string.Join(' ', variant.Stems);
                foreach (var acronym in acronyms)
                {
                    Add(dictionary.namesByAcronym, acronym, variant, v => v.Display);
                    Add(dictionary.acronymsByName, key, acronym, a => a);
                }
            }
        }

        return dictionary;
    }

    /// <summary>The names an acronym stands for; <paramref name="acronym"/> as written, in capitals (<c>NATO</c>).</summary>
    public IReadOnlyList<ExpansionVariant> NamesOf(string acronym) =>
        namesByAcronym.TryGetValue(acronym, out var names) ? names : [];

    /// <summary>The acronyms (in capitals) of the name whose space-joined stems are <paramref name="stemKey"/>.</summary>
    public IReadOnlyList<string> AcronymsOf(string stemKey) =>
        acronymsByName.TryGetValue(stemKey, out var acronyms) ? acronyms : [];

    /// <summary>Whether a word as written is an acronym in the sense of this dictionary: 3 or more capital letters A-Z.</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The term an article's acronym is indexed under: <see cref="WordForms.AcronymMarker"/> + the folded word.</summary>
    public static string TermOf(string folded) => WordForms.AcronymMarker + folded;

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value, Func<T, string> identity)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Any(v => identity(v) == identity(value)))
        {
            list.Add(value);
        }
    }
}
