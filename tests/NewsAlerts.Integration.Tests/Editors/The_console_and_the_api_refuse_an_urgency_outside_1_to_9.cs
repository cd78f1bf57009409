namespace NewsAlerts.Integration.Tests.Editors;

using System.Net;
using System.Text.Json.Nodes;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Testing;

/// <summary>
/// Issue 17 (console17): the console's publish form turned an urgency it could not read ("abc", "9.5", "-1") into the
/// default 5 without a word. Urgency is IPTC ninjs urgency, a whole number from 1 (flash) to 9 (ArticleParser); the form
/// now passes it on as typed, so the preview answers 400 with the console and the error on the urgency field in words,
/// and the API answers problem+json naming <c>urgency</c>, for every such value; 1 and 9 pass.
/// </summary>
public sealed class The_console_and_the_api_refuse_an_urgency_outside_1_to_9(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string> Unreadable => new() { "abc", "0", "10", "9.5", "-1", "", "1e1", "\u0663" };

    // A person types digits of any script in a form (TypedDigits: Arabic-Indic "٣" reads as 3, trial r33 #10); the
    // API's JSON takes a number, so "٣" stays unreadable there.
    public static TheoryData<string> UnreadableTyped => new() { "abc", "0", "10", "9.5", "-1", "", "1e1", "\u0661\u0660" };

    [Theory]
    [MemberData(nameof(UnreadableTyped))]
    public async Task The_publish_form_shows_the_urgency_error_in_words(string urgency)
    {
        using var erin = ConsoleEditor.Browser(host, "Erin");
        var (response, html) = await PreviewAsync(erin, urgency);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"{ConsoleStrings.FieldUrgency} must be a whole number from 1 to 9", html, StringComparison.Ordinal);
        Assert.Contains("id=\"field-urgency\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("9")]
    [InlineData("\u0663")]
    public async Task The_publish_form_previews_urgency_1_to_9(string urgency)
    {
        using var erin = ConsoleEditor.Browser(host, "Erin");
        var (response, _) = await PreviewAsync(erin, urgency);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task The_api_names_the_urgency_in_a_problem(string urgency)
    {
        var article = JsonNode.Parse(Editor.SampleArticle($"urn:test:urgency:{Guid.NewGuid():N}"))!;
        article["urgency"] = urgency;
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles?dryRun=true") { Content = Api.Json(article.ToJsonString()) };
        request.Headers.Add("x-functions-key", TestFunctionHost.DefaultKey);
        using var response = await host.Client.SendAsync(request);
        var body = await Api.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("1 to 9", body.GetProperty("errors").GetProperty("urgency")[0].GetString(), StringComparison.Ordinal);
    }

    private static async Task<(HttpResponseMessage Response, string Html)> PreviewAsync(HttpClient editor, string urgency)
    {
        var home = await editor.GetStringAsync(new Uri("editor", UriKind.Relative));
        var fields = new KeyValuePair<string, string>[] { new("headline", "Truce holds in Aleppo"), new("body", "Fighting stopped."), new("urgency", urgency) };
        return await HtmlForms.PostAsync(editor, HtmlForms.Of(home).Single(f => f.Action == "/editor/preview"), fields);
    }
}
