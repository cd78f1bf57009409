namespace NewsAlerts.Cli.Tests.Pages.Languages;

using NewsAlerts.Pages.Languages;

/// <summary>Issue 16: every link and redirect between pages carries the page's language (<see cref="PageLinks"/>).</summary>
public sealed class Links_and_redirects_keep_the_pages_language
{
    [Theory]
    [InlineData("/signup", "fr", "/signup?lang=fr")]
    [InlineData("/manage/link?sent=1", "ar", "/manage/link?sent=1&lang=ar")]
    [InlineData("/signup?sent=email&lang=en&signUp=u1", "fr", "/signup?sent=email&signUp=u1&lang=fr")]
    [InlineData("/confirm?signUp=u1#code", "de", "/confirm?signUp=u1&lang=de#code")]
    [InlineData("/signup?language=en", "nl", "/signup?language=en&lang=nl")]
    [InlineData("/signup?", "pt", "/signup?lang=pt")]
    public void The_language_is_added_once_and_replaces_an_earlier_one(string path, string language, string expected) =>
        Assert.Equal(expected, PageLinks.WithLanguage(path, language));
}
