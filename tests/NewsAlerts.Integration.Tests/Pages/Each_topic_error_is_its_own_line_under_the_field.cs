namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Trial r41 #9: /signup?lang=de with the topics <c>"offen</c>, <c>(Syrien</c>, <c>AND</c> and a line of only U+200B
/// showed "Zeile 1: … Zeile 2: … Zeile 3: …" as one paragraph under the field (the same on /manage in Arabic), and the
/// invisible line as "the topic is empty". Each error is its own list item under the field, on both pages and in every
/// language; the invisible line is skipped as an empty line is.
/// </summary>
public sealed class Each_topic_error_is_its_own_line_under_the_field(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private const string TrialTopics = "\"offen\n(Syrien\nAND\n\u200B";

    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_german_sign_up_lists_the_three_errors_and_not_the_invisible_line()
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup?lang=de", UriKind.Relative))).Single();

        var (response, html) = await HtmlForms.PostAsync(host.Client, form,
            [new("email", $"zeilen-{Guid.NewGuid():N}@example.com"), new("topics", TrialTopics), new("timeZone", "Europe/Berlin"), new("language", "de")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertOneItemPerLine(html, 3, "Zeile");
    }

    [Fact]
    public async Task The_arabic_preference_centre_lists_each_error_on_its_own_line()
    {
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"lines-ar-{Guid.NewGuid():N}@example.com", null, "Asia/Beirut", [("Syria", false)], 2, Language: "ar"));
        var page = await host.Client.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));

        var (response, html) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "topics"), [new("topics", TrialTopics)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("lang=\"ar\"", html, StringComparison.Ordinal);
        AssertOneItemPerLine(html, 3, "السطر");
    }

    [Fact]
    public async Task Topics_with_an_invisible_line_between_them_are_saved_without_it()
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup?lang=de", UriKind.Relative))).Single();

        var (response, html) = await HtmlForms.PostAsync(host.Client, form,
            [new("email", $"unsichtbar-{Guid.NewGuid():N}@example.com"), new("topics", "Syrien\n\u200B\u200E\nWaffenruhe"), new("timeZone", "Europe/Berlin"), new("language", "de"), new("emailFrequency", "immediate")]);

        // The client follows the 303 to the "check your email" page: no error anywhere.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("field-error", html, StringComparison.Ordinal);
        Assert.Contains("name=\"signUp\"", html, StringComparison.Ordinal);
    }

    // The field's errors: a list under the field with one item per line of the form, none of them for line 4.
    private static void AssertOneItemPerLine(string html, int count, string lineWord)
    {
        var list = Regex.Match(html, "<ul class=\"field-error\" id=\"error-topics\">(.*?)</ul>", RegexOptions.Singleline);
        Assert.True(list.Success, "the topics field's errors are a list");
        var items = Regex.Matches(list.Groups[1].Value, "<li>(.*?)</li>", RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", string.Empty))).ToList();
        Assert.Equal(count, items.Count);
        Assert.All(items, item => Assert.Contains(lineWord, item, StringComparison.Ordinal));
        Assert.DoesNotContain(items, item => item.Contains(lineWord + " 4", StringComparison.Ordinal));
    }
}
