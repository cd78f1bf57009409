using System.Reflection;
using NewsAlerts.Matching.Analysis;

namespace NewsAlerts.Matching.Expansion;

/// <summary>The embedded data files (countries, concepts, IPTC subjects), loaded once.</summary>
internal static class MatchingData
{
    private static readonly Lazy<ExpansionDictionary> LazyExpansions = new(() =>
    {
        var analyzer = new TextAnalyzer(AnalysisOptions.Default);
        var dictionary = new ExpansionDictionary
        {
            Countries = CountryNames.Parse(Read("countries.tsv"), Read("country-names.tsv")),
            Acronyms = AcronymDictionary.Parse(Read("acronyms.tsv"), analyzer),
        };
        dictionary.AddGroups(Read("countries.tsv"), analyzer);
        dictionary.AddGroups(Read("concepts.tsv"), analyzer);
        return dictionary;
    });

    private static readonly Lazy<SubjectTaxonomy> LazySubjects = new(() => SubjectTaxonomy.Parse(Read("subjects.tsv")));

    public static ExpansionDictionary Expansions => LazyExpansions.Value;

    public static SubjectTaxonomy Subjects => LazySubjects.Value;

    public static string Read(string fileName)
    {
        using var stream = typeof(MatchingData).Assembly.GetManifestResourceStream("NewsAlerts.Matching.Data." + fileName)
            ?? throw new InvalidOperationException($"Embedded data file {fileName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
