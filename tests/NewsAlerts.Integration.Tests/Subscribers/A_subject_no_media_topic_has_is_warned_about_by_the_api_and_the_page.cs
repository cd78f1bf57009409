namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Topics;
using NewsAlerts.Testing;

/// <summary>
/// Trial r38 #5: <c>subject:"zzz nonsense"</c> and <c>subject:"&lt;b&gt;"</c> were taken with no word, by the sign-up API,
/// <c>/api/topics/compose</c> and the page. Such a subject still matches an article carrying it literally (a feed's own
/// category), so each answers with a warning in its <c>warnings</c>, naming the closest media topics when there are any.
/// </summary>
public sealed class A_subject_no_media_topic_has_is_warned_about_by_the_api_and_the_page(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_sign_up_answer_warns_and_suggests_the_closest_media_topic()
    {
        using var created = await host.Client.PostAsync(
            new Uri("api/subscribers", UriKind.Relative),
            Api.Json($$"""{"email":"subject-{{Guid.NewGuid():N}}@example.com","timeZone":"UTC","topics":["syria subject:\"zzz\"","subject:\"armed conflicts\"","subject:\"armed conflict\""]}"""));
        var body = await Api.BodyAsync(created);

        Assert.True(created.StatusCode == HttpStatusCode.Accepted, body.ToString());
        var warnings = body.GetProperty("warnings").EnumerateArray().Select(w => (Topic: w.GetProperty("topic").GetString(), Reason: w.GetProperty("reason").GetString()!)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Equal("syria subject:\"zzz\"", warnings[0].Topic);
        Assert.StartsWith("no IPTC media topic has the name or code \"zzz\"", warnings[0].Reason, StringComparison.Ordinal);
        Assert.Equal("subject:\"armed conflicts\"", warnings[1].Topic);
        Assert.EndsWith("did you mean \"armed conflict\"?", warnings[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_builders_preview_warns_in_the_pages_words()
    {
        using var answer = await host.Client.GetAsync(new Uri("api/topics/compose?all=election&subject=zzz%20nonsense&lang=en", UriKind.Relative));
        var body = await Api.BodyAsync(answer);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("election subject:\"zzz nonsense\"", body.GetProperty("topic").GetString());
        var warning = Assert.Single(body.GetProperty("warnings").EnumerateArray());
        Assert.StartsWith("no IPTC media topic has the name or code \"zzz nonsense\"", warning.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("No IPTC media topic has the name or code “\u2068zzz nonsense\u2069”", warning.GetProperty("message").GetString(), StringComparison.Ordinal);

        using var known = await host.Client.GetAsync(new Uri("api/topics/compose?all=election&subject=armed%20conflict&lang=en", UriKind.Relative));
        Assert.Empty((await Api.BodyAsync(known)).GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task Show_my_topics_on_the_sign_up_page_shows_the_note()
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup?lang=en", UriKind.Relative))).Single();

        var (response, html) = await HtmlForms.PostAsync(host.Client, form,
            [new("email", "preview@example.com"), new("timeZone", "UTC"), new(TopicBuilderFields.Name(0, "all"), "election"),
             new(TopicBuilderFields.Name(0, "subject"), "armed conflicts"), new("action", TopicBuilderFields.PreviewAction)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The page writes each typed value first-strong isolated, as <bdi>.
        var text = WebUtility.HtmlDecode(html);
        Assert.Contains("No IPTC media topic has the name or code “<bdi>armed conflicts</bdi>”", text, StringComparison.Ordinal);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, PageStrings.TopicNoteSubjectSuggestions, "“<bdi>armed conflict</bdi>”"), text, StringComparison.Ordinal);
    }
}
