namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;
using NewsAlerts.Testing;

/// <summary>
/// Trial s42 #B: <c>POST /signup</c> with <c>topic-0-all=(&amp;topic-0-in=sideways&amp;topic-0-subject=zzzz</c> answered
/// 303 and confirmed <c>subject:"zzzz"</c>, the <c>(</c> gone and <c>in=sideways</c> ignored, while
/// <c>GET /api/topics/compose?in=nowhere</c> answered 400 naming <c>in</c>. The pages and the compose API check a row
/// alike: the page shows the form again naming "Look for the words in" and why, and a word with nothing to search for
/// is an error of its row, on /signup and /manage; an API topic of only invisible characters says so, not "empty".
/// </summary>
public sealed class Builder_rows_are_checked_by_the_pages_as_by_the_compose_api(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?>
    {
        ["RateLimits:SignUpsPerClient"] = "10000",
    });

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task The_trials_row_is_shown_again_naming_its_place_field_and_nothing_is_sent()
    {
        var address = $"side-{Guid.NewGuid():N}@example.org";
        var form = HtmlForms.Of(await stack.Host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();

        var (response, html) = await HtmlForms.PostAsync(stack.Host.Client, form,
            [new("email", address), new("topics", string.Empty), new("timeZone", "UTC"), new("topic-0-all", "("), new("topic-0-in", "sideways"), new("topic-0-subject", "zzzz")]);

        var text = WebUtility.HtmlDecode(html);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("href=\"#field-topic-0-in\"", html, StringComparison.Ordinal);
        Assert.Contains("Look for the words in: Choose one of the places in the list", text, StringComparison.Ordinal);
        Assert.Contains("id=\"field-topic-0-all\"", html, StringComparison.Ordinal);
        Assert.Null(await stack.Host.Services.GetRequiredService<ISubscriberStore>().FindIdByEmailAsync(address, CancellationToken.None));
        Assert.Equal(0, await stack.Inbox.CountAsync(address, CancellationToken.None));
    }

    [Theory]
    [InlineData("(", "topic-0-all")]
    [InlineData("Syria --", "topic-0-all")]
    [InlineData("\u200B", "topic-0-all")]
    public async Task A_word_with_nothing_to_search_for_is_an_error_of_its_row_on_the_sign_up_page(string words, string field)
    {
        var address = $"word-{Guid.NewGuid():N}@example.org";
        var form = HtmlForms.Of(await stack.Host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();

        var (response, html) = await HtmlForms.PostAsync(stack.Host.Client, form,
            [new("email", address), new("timeZone", "UTC"), new("topic-0-all", words), new("topic-0-in", "anywhere"), new("topic-0-subject", "zzzz")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"href=\"#field-{field}\"", html, StringComparison.Ordinal);
        Assert.Null(await stack.Host.Services.GetRequiredService<ISubscriberStore>().FindIdByEmailAsync(address, CancellationToken.None));
    }

    [Fact]
    public async Task The_preference_centres_rows_are_checked_alike_and_change_nothing()
    {
        var confirmed = await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest($"rows-{Guid.NewGuid():N}@example.com", null, "UTC", [("Syria", false)], 2));
        var page = await stack.Host.Browser.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));

        var (response, html) = await HtmlForms.PostAsync(stack.Host.Browser, HtmlForms.WithStep(page, "topics"),
            [new("topics", "Syria"), new("topic-0-all", "Iraq"), new("topic-0-in", "nowhere"), new("topic-1-none", "war ...")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("href=\"#field-topic-0-in\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#field-topic-1-none\"", html, StringComparison.Ordinal);
        var stored = await stack.Host.Services.GetRequiredService<ISubscriberStore>().GetAsync(confirmed.Subscriber.Id, CancellationToken.None);
        Assert.Equal(["Syria"], stored!.Topics.Select(t => t.Text));
    }

    [Theory]
    [InlineData("in=nowhere&all=Syria", "in")]
    [InlineData("in=sideways&all=(", "in")]
    public async Task The_compose_api_refuses_a_place_not_offered_naming_in(string query, string field)
    {
        using var response = await stack.Host.Client.GetAsync(new Uri($"api/topics/compose?{query}", UriKind.Relative));
        var body = await Api.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
    }

    [Theory]
    [InlineData("all=(&subject=zzzz", "all", 1, "'(' has no letters or digits")]
    [InlineData("all=Syria%20--", "all", 7, "'--' has no letters or digits")]
    [InlineData("all=Syria&none=%E2%80%8B", "none", 1, FreeText.OnlyInvisibleReason)]
    public async Task The_compose_api_names_a_word_with_nothing_to_search_for(string query, string field, int column, string reason)
    {
        using var response = await stack.Host.Client.GetAsync(new Uri($"api/topics/compose?{query}", UriKind.Relative));
        var error = (await Api.BodyAsync(response)).GetProperty("error");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal(column, error.GetProperty("column").GetInt32());
        Assert.Equal(reason, error.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\uFEFF")]
    [InlineData("\u2060 \u200B")]
    public async Task An_api_topic_of_only_invisible_characters_says_so_not_empty(string topic)
    {
        using var response = await Api.PostJsonAsync(stack.Host.Client, "api/subscribers",
            new { email = $"invisible-{Guid.NewGuid():N}@example.com", timeZone = "UTC", topics = new[] { "Syria", topic } });
        var body = await Api.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reasons = body.GetProperty("errors").GetProperty("topics[1]").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Equal([FreeText.OnlyInvisibleReason], reasons);
    }
}
