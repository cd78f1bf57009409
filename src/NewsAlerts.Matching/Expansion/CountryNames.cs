using System.Collections.Concurrent;
using NewsAlerts.Matching.Analysis;
using NewsAlerts.Matching.Languages;

namespace NewsAlerts.Matching.Expansion;

/// <summary>
/// Country names across languages: the English names of countries.tsv and the other languages' names of
/// country-names.tsv, so a topic naming a country in its language can be compiled for articles in another
/// language with that language's names. Each language's names are analysed in that language, on first use.
/// </summary>
internal sealed class CountryNames
{
    // English common name -> language -> the names in that language.
    private readonly Dictionary<string, Dictionary<string, List<string>>> namesByCountry = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<NamesInLanguage>> languages = new(StringComparer.Ordinal);

    public static CountryNames Empty { get; } = new();

    /// <summary>Reads countries.tsv (<c>name TAB variant|...</c>, English) and country-names.tsv (<c>name TAB language TAB name|...</c>).</summary>
    public static CountryNames Parse(string englishTsv, string otherLanguagesTsv)
    {
        var names = new CountryNames();
        foreach (var parts in Rows(englishTsv))
        {
            names.Add(parts[0], LanguageTag.Default, [parts[0], .. parts.Length > 1 ? parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries) : []]);
        }

        foreach (var parts in Rows(otherLanguagesTsv))
        {
            names.Add(parts[0], parts[1], parts[2].Split('|', StringSplitOptions.RemoveEmptyEntries));
        }

        return names;
    }

    /// <summary>
    /// The names, in <paramref name="toLanguage"/>, of the country whose name in <paramref name="fromLanguage"/> has
    /// the space-joined stems <paramref name="stemKey"/> (as <paramref name="fromLanguage"/>'s analysis gives them); none when it names no country.
    /// </summary>
    public IEnumerable<ExpansionVariant> Variants(string fromLanguage, string stemKey, string toLanguage)
    {
        if (namesByCountry.Count == 0 || fromLanguage == toLanguage)
        {
            return [];
        }

        var from = In(fromLanguage);
        if (!from.Countries.TryGetValue(stemKey, out var countries))
        {
            return [];
        }

        var to = In(toLanguage);
        return countries.SelectMany(c => to.Variants.TryGetValue(c, out var variants) ? variants : []);
    }

    private static IEnumerable<string[]> Rows(string tsv) =>
        tsv.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => l.TrimEnd('\r').Split('\t'));

    private void Add(string country, string language, IEnumerable<string> names)
    {
        if (!namesByCountry.TryGetValue(country, out var byLanguage))
        {
            namesByCountry[country] = byLanguage = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        }

        if (!byLanguage.TryGetValue(language, out var list))
        {
            byLanguage[language] = list = [];
        }

        list.AddRange(names);
    }

    private NamesInLanguage In(string language) =>
        languages.GetOrAdd(language, l => new Lazy<NamesInLanguage>(() => Analyze(l))).Value;

    private NamesInLanguage Analyze(string language)
    {
        // A fresh analyzer: the compiling thread's own analyzers may be in use.
        var analyzer = language == LanguageTag.Default
            ? new TextAnalyzer(AnalysisOptions.Default)
            : new TextAnalyzer(AnalysisOptions.Plain, LanguageProfiles.For(language));
        var result = new NamesInLanguage();
        var words = new List<AnalyzedWord>();
        foreach (var (country, byLanguage) in namesByCountry)
        {
            if (!byLanguage.TryGetValue(language, out var names))
            {
                continue;
            }

            var variants = new List<ExpansionVariant>();
            foreach (var name in names)
            {
                words.Clear();
                analyzer.Analyze(name, words);
                if (words.Count == 0 || variants.Any(v => v.Stems.SequenceEqual(words.Select(w => w.Stem))))
                {
                    continue;
                }

                var variant = new ExpansionVariant(name, [.. words.Select(w => w.Stem)], [.. words.Select(w => w.Folded)], words.Skip(1).All(w => w.JoinsPrevious));
                variants.Add(variant);
                var key = string.Join(' ', variant.Stems);
                if (!result.Countries.TryGetValue(key, out var countries))
                {
                    result.Countries[key] = countries = [];
                }

                if (!countries.Contains(country))
                {
                    countries.Add(country);
                }
            }

            result.Variants[country] = variants;
        }

        return result;
    }

    private sealed class NamesInLanguage
    {
        public Dictionary<string, List<string>> Countries { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<ExpansionVariant>> Variants { get; } = new(StringComparer.Ordinal);
    }
}
