using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Languages;

/// <summary>
/// Each European language is stemmed by its own Snowball stemmer (and French, Italian and Catalan drop elided
/// articles), so a topic finds other forms of its words in articles of its language; exact words are only folded.
/// </summary>
public sealed class EuropeanStemmingTests
{
    private static bool Matches(string topic, string language, string text, string? articleLanguage = null, bool exact = false, IReadOnlyList<string>? alsoIn = null)
    {
        var index = new PercolatorIndex();
        var parsed = index.Add(new TopicSubscription("s1", "u1", topic, exact, language, alsoIn));
        Assert.True(parsed.Success, parsed.Error);
        return index.Match(new ArticleDocument("a1", text, string.Empty, Language: articleLanguage ?? language)).Count == 1;
    }

    [Theory]
    [InlineData("de", "Wahlen", "Die Wahl in Berlin ist entschieden")]
    [InlineData("de", "Häuser", "Ein Haus brennt")]
    [InlineData("fr", "élections", "L'élection présidentielle aura lieu")]
    [InlineData("fr", "armée", "Les armées se retirent")]
    [InlineData("es", "elecciones", "La elección del presidente")]
    [InlineData("es", "presidente", "Los presidentes europeos")]
    [InlineData("it", "elezioni", "Dopo l'elezione del sindaco")]
    [InlineData("it", "governo", "I governi dell'Unione")]
    [InlineData("pt", "presidente", "Os presidentes reunidos")]
    [InlineData("pt", "governos", "O governo federal")]
    [InlineData("nl", "verkiezingen", "De verkiezing is voorbij")]
    [InlineData("ca", "ciutats", "L'alcaldessa de la ciutat")]
    [InlineData("ca", "governs", "El govern català")]
    [InlineData("id", "pemilihan", "Mereka memilih presiden baru")]
    public void A_topic_finds_other_forms_of_its_words_in_its_language(string language, string topic, string text) =>
        Assert.True(Matches(topic, language, text));

    [Theory]
    [InlineData("fr", "élections", "Elections in France")]
    [InlineData("de", "Wahl", "Wahl is a surname")]
    public void A_topic_does_not_match_articles_in_another_language(string language, string topic, string text) =>
        Assert.False(Matches(topic, language, text, articleLanguage: "en"));

    [Fact]
    public void An_English_topic_does_not_match_a_German_article() =>
        Assert.False(Matches("Syria", "en", "Syria: Die Waffenruhe hält", articleLanguage: "de"));

    [Fact]
    public void A_topic_matches_articles_in_the_subscribers_other_languages_as_written() =>
        Assert.True(Matches("Merkel", "en", "Merkel besucht Paris", articleLanguage: "de", alsoIn: ["de"]));

    [Theory]
    [InlineData("=élection", "L'ELECTION présidentielle", true)]
    [InlineData("=élection", "Une élection", true)]
    [InlineData("=élection", "Les élections", false)]
    [InlineData("=Wahl", "Die WAHL", true)]
    [InlineData("=Wahl", "Die Wahlen", false)]
    public void Exact_words_outside_English_are_folded_but_not_stemmed(string topic, string text, bool expected) =>
        Assert.Equal(expected, Matches(topic, topic.Contains('W', StringComparison.Ordinal) ? "de" : "fr", text));

    [Fact]
    public void An_exact_subscription_outside_English_is_folding_only()
    {
        Assert.True(Matches("élection", "fr", "ELECTION", exact: true));
        Assert.False(Matches("élection", "fr", "élections", exact: true));
    }
}
