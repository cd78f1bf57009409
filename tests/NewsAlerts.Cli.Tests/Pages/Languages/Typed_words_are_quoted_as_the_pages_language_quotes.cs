namespace NewsAlerts.Cli.Tests.Pages.Languages;

using NewsAlerts.Core.Texts;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Topics;

/// <summary>
/// Issue 16: topic warnings put a person's words in English curly quotes on every page (“Syrie” on a French one). The
/// marks now come from the page's catalog, as CLDR's delimiters give them for the language (quotationStart and
/// quotationEnd, npm cldr-misc-full 48.2), French with the narrow no-break space U+202F inside its guillemets.
/// </summary>
public sealed class Typed_words_are_quoted_as_the_pages_language_quotes
{
    // The word is first-strong isolated (U+2068 ... U+2069) inside the marks, as TypedText writes it.
    [Theory]
    [InlineData("en", "\u201C\u2068le\u2069\u201D")]
    [InlineData("fr", "\u00AB\u202F\u2068le\u2069\u202F\u00BB")]
    [InlineData("de", "\u201E\u2068le\u2069\u201C")]
    [InlineData("es", "\u201C\u2068le\u2069\u201D")]
    [InlineData("it", "\u00AB\u2068le\u2069\u00BB")]
    [InlineData("pt", "\u00AB\u2068le\u2069\u00BB")]
    [InlineData("nl", "\u2018\u2068le\u2069\u2019")]
    [InlineData("ar", "\u201D\u2068le\u2069\u201C")]
    public void A_topic_of_only_common_words_quotes_them_in_the_pages_language(string page, string quoted)
    {
        using var scope = new PageLanguageScope(page);

        var sentence = Assert.Single(TopicNotes.For(["le"], "fr")).Sentence;

        Assert.Contains(quoted, sentence, StringComparison.Ordinal);
        if (page != "en" && page != "es")
        {
            Assert.DoesNotContain("\u201C\u2068", sentence, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Several_words_are_each_quoted_and_joined_as_the_language_lists()
    {
        using var scope = new PageLanguageScope("ar");

        Assert.Equal("\u201D\u2068le\u2069\u201C\u060C \u201D\u2068la\u2069\u201C", TopicNotes.Quoted(["le", "la"]));
    }

    [Fact]
    public void Every_offered_language_has_its_own_opening_and_closing_marks_in_its_catalog()
    {
        foreach (var language in TextLanguages.Offered)
        {
            using var scope = new PageLanguageScope(language);
            var (open, close) = (PageStrings.QuoteOpen, PageStrings.QuoteClose);

            Assert.False(string.IsNullOrWhiteSpace(open), language);
            Assert.False(string.IsNullOrWhiteSpace(close), language);
            Assert.NotNull(PageStrings.Catalog.GetString(nameof(PageStrings.QuoteOpen), System.Globalization.CultureInfo.GetCultureInfo(language)));
        }
    }
}
