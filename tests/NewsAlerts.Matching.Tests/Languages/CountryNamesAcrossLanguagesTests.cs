using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Languages;

/// <summary>
/// A country named in a topic also matches its names in the other languages the subscriber reads (world-countries'
/// translations, native names and French demonyms, in country-names.tsv), and only in those.
/// </summary>
public sealed class CountryNamesAcrossLanguagesTests
{
    private static IReadOnlyList<SubscriptionMatch> Match(string topic, string articleLanguage, string headline, IReadOnlyList<string>? alsoIn, string topicLanguage = "en", bool exact = false)
    {
        var index = new PercolatorIndex();
        var parsed = index.Add(new TopicSubscription("s1", "u1", topic, exact, topicLanguage, alsoIn));
        Assert.True(parsed.Success, parsed.Error);
        return index.Match(new ArticleDocument("a1", headline, string.Empty, Language: articleLanguage));
    }

    [Fact]
    public void Syria_finds_Syrie_in_a_French_article_when_the_subscriber_reads_French()
    {
        var hit = Assert.Single(Assert.Single(Match("Syria", "fr", "La Syrie accepte le cessez-le-feu", alsoIn: ["fr"])).Explanation.Hits);

        Assert.Equal("Syrie", hit.Matched);
        Assert.Equal("La ".Length, hit.Offset);
        Assert.Equal("Syrie", hit.Via);
    }

    [Fact]
    public void Syria_finds_nothing_in_a_French_article_by_default() =>
        Assert.Empty(Match("Syria", "fr", "La Syrie accepte le cessez-le-feu", alsoIn: null));

    [Fact]
    public void Syria_does_not_find_a_French_article_of_a_subscriber_who_reads_only_German() =>
        Assert.Empty(Match("Syria", "fr", "La Syrie accepte le cessez-le-feu", alsoIn: ["de"]));

    [Theory]
    [InlineData("de", "Waffenruhe in Syrien hält", "Syrien", 14)]
    [InlineData("es", "Siria acepta el alto el fuego", "Siria", 0)]
    [InlineData("it", "La Siria accetta la tregua", "Siria", 3)]
    public void Syria_finds_the_country_in_the_other_languages_asked_for(string language, string headline, string word, int offset)
    {
        var hit = Assert.Single(Assert.Single(Match("Syria", language, headline, alsoIn: [language])).Explanation.Hits);

        Assert.Equal(word, hit.Matched);
        Assert.Equal(offset, hit.Offset);
    }

    [Fact]
    public void An_English_demonym_finds_the_French_demonym()
    {
        var hit = Assert.Single(Assert.Single(Match("Syrian", "fr", "Le gouvernement syrien a répondu", alsoIn: ["fr"])).Explanation.Hits);

        Assert.Equal("syrien", hit.Matched);
        Assert.Equal("Le gouvernement ".Length, hit.Offset);
    }

    [Fact]
    public void A_German_topic_finds_the_English_name_for_a_subscriber_who_reads_English()
    {
        var hit = Assert.Single(Assert.Single(Match("Syrien", "en", "Ceasefire holds in Syria", alsoIn: ["en"], topicLanguage: "de")).Explanation.Hits);

        Assert.Equal("Syria", hit.Matched);
        Assert.Equal("Ceasefire holds in ".Length, hit.Offset);
    }

    [Fact]
    public void A_country_finds_its_Chinese_name_in_a_Chinese_article() =>
        Assert.Single(Match("Syria", "zh", "叙利亚停火协议生效", alsoIn: ["zh"]));

    [Fact]
    public void An_exact_topic_is_not_translated() =>
        Assert.Empty(Match("Syria", "fr", "La Syrie accepte le cessez-le-feu", alsoIn: ["fr"], exact: true));

    [Fact]
    public void A_word_that_names_no_country_is_matched_as_written_only() =>
        Assert.Empty(Match("ceasefire", "fr", "La Syrie accepte le cessez-le-feu", alsoIn: ["fr"]));
}
