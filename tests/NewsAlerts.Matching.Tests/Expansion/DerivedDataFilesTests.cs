using NewsAlerts.Matching.Expansion;
using NewsAlerts.Matching.Tests.Support;

namespace NewsAlerts.Matching.Tests.Expansion;

/// <summary>
/// The embedded data files are derived from ../shared/data. This test regenerates them and fails when the
/// committed files differ; run with NEWSALERTS_REGENERATE_DATA=1 to rewrite them.
/// </summary>
public sealed class DerivedDataFilesTests
{
    public static TheoryData<string> Files => new() { "countries.tsv", "country-names.tsv", "concepts.tsv", "subjects.tsv", "acronyms.tsv" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Committed_data_file_is_up_to_date_with_shared_data(string fileName)
    {
        var dataFolder = Path.Combine(SharedData.RepositoryRoot, "src", "NewsAlerts.Matching", "Data");
        var expected = fileName switch
        {
            "countries.tsv" => ExpansionDataBuilder.BuildCountries(File.ReadAllText(SharedData.PathOf("countries/countries.json"))),
            "country-names.tsv" => ExpansionDataBuilder.BuildCountryNames(File.ReadAllText(SharedData.PathOf("countries/world-countries-5.1.0.countries.json"))),
            "acronyms.tsv" => ExpansionDataBuilder.BuildAcronyms(
                File.ReadAllText(SharedData.PathOf("thesaurus/wordnet-3.1-dict/data.noun")),
                new[] { "data.verb", "data.adj", "data.adv" }.Select(f => File.ReadAllText(SharedData.PathOf("thesaurus/wordnet-3.1-dict/" + f))),
                File.ReadAllText(SharedData.PathOf("countries/countries.json"))),
            "concepts.tsv" => ExpansionDataBuilder.BuildConcepts(
                File.ReadAllText(SharedData.PathOf("thesaurus/wordnet-synonyms-sample.json")),
                File.ReadAllText(Path.Combine(dataFolder, "Sources", "news-concepts-seed.tsv"))),
            _ => ExpansionDataBuilder.BuildSubjects(File.ReadAllText(SharedData.PathOf("iptc/mediatopics-flat.csv"))),
        };
        var path = Path.Combine(dataFolder, fileName);
        if (Environment.GetEnvironmentVariable("NEWSALERTS_REGENERATE_DATA") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{fileName} is missing; run the tests with NEWSALERTS_REGENERATE_DATA=1");
        Assert.Equal(expected, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }
}
