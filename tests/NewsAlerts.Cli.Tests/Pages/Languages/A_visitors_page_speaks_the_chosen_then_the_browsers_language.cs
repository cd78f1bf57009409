namespace NewsAlerts.Cli.Tests.Pages.Languages;

using NewsAlerts.Pages.Languages;

public sealed class A_visitors_page_speaks_the_chosen_then_the_browsers_language
{
    [Theory]
    [InlineData("fr", "de", "fr")]
    [InlineData("ar", null, "ar")]
    [InlineData("FR-ca", null, "fr")]
    [InlineData("sv", "de", "de")]
    [InlineData("", "es", "es")]
    [InlineData(null, null, "en")]
    [InlineData("<script>", "x;;;=", "en")]
    public void The_switchers_choice_wins_when_offered_else_the_browsers(string? chosen, string? acceptLanguage, string expected) =>
        Assert.Equal(expected, PageLanguage.ForVisitor(chosen, acceptLanguage));

    // Session 42: the one rule of every page a browser reaches: the page's own choice (lang), else the language of the
    // sign-up or subscriber the link names, else the browser's, else English.
    [Theory]
    [InlineData("de", "fr", "it", "de")]
    [InlineData(null, "fr", "it", "fr")]
    [InlineData("", "ar", "de;q=0.9", "ar")]
    [InlineData("xx", "nl", "de", "nl")]
    [InlineData(null, null, "it", "it")]
    [InlineData(null, "sv", "pt", "pt")]
    [InlineData(null, null, "sv", "en")]
    [InlineData(null, null, null, "en")]
    public void A_page_speaks_its_choice_then_the_subscribers_then_the_browsers_language(string? chosen, string? subscriber, string? acceptLanguage, string expected) =>
        Assert.Equal(expected, PageLanguage.ForPage(chosen, subscriber, acceptLanguage));

    [Theory]
    [InlineData("fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "fr")]
    [InlineData("de;q=0.5, fr;q=0.8", "fr")]
    [InlineData("sv-SE, nb;q=0.9, ar;q=0.3, en;q=0.2", "ar")]
    [InlineData("en;q=0, nl;q=0.1", "nl")]
    [InlineData("pt-BR, it", "pt")]
    [InlineData("it;q=0.5, es;q=0.5", "it")]
    [InlineData("*", null)]
    [InlineData("sv, ja;q=0.5", null)]
    [InlineData("fr;q=0", null)]
    [InlineData("", null)]
    [InlineData("fr;q=abc", null)]
    public void Accept_language_picks_the_offered_language_of_highest_quality(string header, string? expected) =>
        Assert.Equal(expected, PageLanguage.FromAcceptLanguage(header));

    [Theory]
    [InlineData("fr-CA", "fr")]
    [InlineData("ar", "ar")]
    [InlineData("sv", "en")]
    [InlineData(null, "en")]
    public void A_subscribers_page_speaks_their_stored_language_or_english(string? stored, string expected) =>
        Assert.Equal(expected, PageLanguage.ForSubscriber(stored));

    [Fact]
    public void Each_language_is_named_in_itself() =>
        Assert.Equal(
            ["English", "Français", "Deutsch", "Español", "Italiano", "Português", "Nederlands", "العربية"],
            LanguageNames.Offered.Select(l => l.Value));
}
