namespace NewsAlerts.Integration.Tests.Pages;

using System.Globalization;
using System.Net;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16 (review): the unsubscribe link comes in an email written in the subscriber's language, so its page, the
/// result the page's button lands on and the links already sent (<c>/api/unsubscribe</c>) speak that language, whatever
/// the browser's <c>Accept-Language</c>; a link that is not valid falls back to the browser's language.
/// </summary>
public sealed class The_unsubscribe_pages_speak_the_language_of_the_email(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("fr", "ltr")]
    public async Task The_link_its_result_and_the_old_link_are_in_the_subscribers_language(string language, string direction)
    {
        var confirmed = await UnsubscribingSubscriber.SignUpAsync(host, $"unsub-{language}", language: language, timeZone: "Europe/Paris");
        var link = confirmed.Link;

        var page = await GetInEnglishBrowserAsync(link);
        Assert.Contains($"<html lang=\"{language}\" dir=\"{direction}\">", page, StringComparison.Ordinal);
        Assert.Contains(Catalog("UnsubscribeButton", language), WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        var old = await GetInEnglishBrowserAsync(SentLinks.OldUnsubscribe(host, confirmed.Subscriber.Id));
        Assert.Contains($"<html lang=\"{language}\" dir=\"{direction}\">", old, StringComparison.Ordinal);

        // The button posts, and the result it is sent on to (303) keeps the language.
        var (done, result) = await HtmlForms.PostAsync(host.Client, HtmlForms.Of(page).Single());
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains($"<html lang=\"{language}\" dir=\"{direction}\">", result, StringComparison.Ordinal);
        Assert.Contains(Catalog("UnsubscribedTitle", language), WebUtility.HtmlDecode(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_that_is_not_valid_speaks_the_browsers_language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("unsubscribe?token=not-a-token", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Catalog(string key, string language) =>
        PageStrings.Catalog.GetString(key, CultureInfo.GetCultureInfo(language))!;

    private async Task<string> GetInEnglishBrowserAsync(Uri link)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, link);
        request.Headers.AcceptLanguage.ParseAdd("en-GB");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
