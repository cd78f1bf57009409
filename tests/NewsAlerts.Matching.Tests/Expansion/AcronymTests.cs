using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Expansion;

/// <summary>
/// Acronyms of organisations and groups from WordNet 3.1 (acronyms.tsv): an acronym written in capitals finds the
/// name it stands for, and the name finds the acronym only where an article writes it in capitals.
/// </summary>
public sealed class AcronymTests
{
    private static IReadOnlyList<SubscriptionMatch> Match(string topic, string headline)
    {
        var index = new PercolatorIndex();
        var parsed = index.Add(new TopicSubscription("s1", "u1", topic));
        Assert.True(parsed.Success, parsed.Error);
        return index.Match(new ArticleDocument("a1", headline, string.Empty, Language: "en"));
    }

    [Fact]
    public void NATO_finds_the_North_Atlantic_Treaty_Organization_named_in_full()
    {
        const string headline = "Ministers of the North Atlantic Treaty Organization meet in Brussels";
        var hit = Assert.Single(Assert.Single(Match("NATO", headline)).Explanation.Hits);

        Assert.Equal("North Atlantic Treaty Organization", hit.Via);
        Assert.Equal(headline.IndexOf("North", StringComparison.Ordinal), hit.Offset);
    }

    [Theory]
    [InlineData("\"North Atlantic Treaty Organization\"")]
    [InlineData("\"north atlantic treaty organization\"")]
    public void The_name_in_full_finds_NATO_in_capitals(string topic)
    {
        const string headline = "Leaders of NATO meet in Vilnius";
        var hit = Assert.Single(Assert.Single(Match(topic, headline)).Explanation.Hits);

        Assert.Equal("NATO", hit.Matched);
        Assert.Equal(headline.IndexOf("NATO", StringComparison.Ordinal), hit.Offset);
    }

    [Fact]
    public void UNICEF_finds_either_of_its_names() =>
        Assert.Single(Match("UNICEF", "The United Nations Children's Fund appeals for aid"));

    [Theory]
    [InlineData("\"World Health Organization\"", "Doctors who left the country")]
    [InlineData("\"World Health Organization\"", "DOCTORS WHO LEFT THE COUNTRY")]
    [InlineData("who", "The World Health Organization declares an emergency")]
    [InlineData("Who", "The World Health Organization declares an emergency")]
    public void Who_never_meets_the_World_Health_Organization(string topic, string headline) =>
        Assert.Empty(Match(topic, headline));

    [Fact]
    public void WHO_in_capitals_meets_it_both_ways()
    {
        Assert.Single(Match("WHO", "The World Health Organization declares an emergency"));
        Assert.Single(Match("\"World Health Organization\"", "WHO declares an emergency"));
    }

    [Theory]
    [InlineData("\"United States Army\"", "USA beat Canada in the final")]
    [InlineData("\"Black September\"", "ANO wins the Czech election")]
    [InlineData("\"Army of the Pure\"", "Ministers LET the deadline pass")]
    [InlineData("\"Royal Air Force\"", "Police hunt the RAF founders")]
    [InlineData("RAF", "The Royal Air Force flies over London")]
    public void Ambiguous_acronyms_and_WordNet_errors_are_not_expanded(string topic, string headline) =>
        Assert.Empty(Match(topic, headline));

    [Fact]
    public void The_Kurdistan_Workers_Party_finds_PKK_not_PPK()
    {
        Assert.Single(Match("\"Kurdistan Workers Party\"", "Turkey strikes PKK positions"));
        Assert.Empty(Match("\"Kurdistan Workers Party\"", "Turkey strikes PPK positions"));
        Assert.Single(Match("PKK", "The Kurdistan Workers Party lays down arms"));
        Assert.Single(Match("PKK", "The Kurdistan Labor Party lays down arms"));
    }

    [Fact]
    public void NATO_still_works_both_ways()
    {
        Assert.Single(Match("NATO", "The North Atlantic Treaty Organization meets"));
        Assert.Single(Match("\"North Atlantic Treaty Organization\"", "NATO meets"));
    }

    [Fact]
    public void An_exact_topic_is_not_expanded() =>
        Assert.Empty(Match("=NATO", "Ministers of the North Atlantic Treaty Organization meet"));
}
