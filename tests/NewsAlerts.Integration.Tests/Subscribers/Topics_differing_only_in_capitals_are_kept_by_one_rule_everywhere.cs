namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Trial s42 #A: <c>Syrie, syrie, SYRIE</c> kept only "Syrie" at sign-up but "Syrie" and "SYRIE" on /manage and by
/// <c>PUT /topics</c>. One rule (<see cref="TopicIdentity"/>: the matcher reads an ordinary word alike in any case, a
/// word in capitals A-Z as an acronym) keeps "Syrie" and "SYRIE" and folds "syrie" at every way in: the sign-up page,
/// <c>POST /api/subscribers</c>, /manage and <c>PUT /topics</c>.
/// </summary>
public sealed class Topics_differing_only_in_capitals_are_kept_by_one_rule_everywhere(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?>
    {
        ["RateLimits:SignUpsPerClient"] = "10000",
    });

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task The_sign_up_page_keeps_Syrie_and_SYRIE_and_folds_syrie()
    {
        var address = $"s42-page-{Tag()}@example.com";
        var form = HtmlForms.Of(await stack.Host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();

        var (response, html) = await HtmlForms.PostAsync(stack.Host.Client, form,
            [new("email", address), new("topics", "Syrie\n syrie\nSYRIE"), new("timeZone", "UTC"), new("emailFrequency", "immediate")]);

        // The client follows the 303 to the "check your email" page.
        Assert.True(response.StatusCode == HttpStatusCode.OK && !html.Contains("error-summary", StringComparison.Ordinal), html);
        Assert.Equal(["Syrie", "SYRIE"], await ConfirmedTopicsAsync(address));
    }

    [Fact]
    public async Task The_sign_up_api_keeps_Syrie_and_SYRIE_and_folds_syrie()
    {
        var address = $"s42-api-{Tag()}@example.com";

        using var response = await Api.PostJsonAsync(stack.Host.Client, "api/subscribers",
            new { email = address, timeZone = "UTC", topics = new[] { "Syrie", " syrie", "SYRIE", "İstanbul", "istanbul" } });

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        Assert.Equal(["Syrie", "SYRIE", "İstanbul"], await ConfirmedTopicsAsync(address));
    }

    [Fact]
    public async Task The_preference_centre_of_a_french_subscriber_keeps_the_same_topics()
    {
        var confirmed = await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest($"s42-manage-{Tag()}@example.com", null, "Europe/Paris", [("Syria", false)], 2, Language: "fr"));
        var manage = $"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}";
        var page = await stack.Host.Browser.GetStringAsync(new Uri(manage, UriKind.Relative));

        var (saved, html) = await HtmlForms.PostAsync(stack.Host.Browser, HtmlForms.WithStep(page, "topics"), [new("topics", "Syrie\nsyrie\n  SYRIE \nLiban\nliban")]);

        Assert.True(saved.StatusCode == HttpStatusCode.SeeOther, html);
        Assert.Equal(["Syrie", "SYRIE", "Liban"], await StoredTopicsAsync(confirmed.Subscriber.Id));
        var shown = await stack.Host.Browser.GetStringAsync(new Uri(manage, UriKind.Relative));
        var field = System.Text.RegularExpressions.Regex.Match(shown, "<textarea[^>]*name=\"topics\"[^>]*>(?<text>[^<]*)</textarea>").Groups["text"].Value;
        Assert.Equal("Syrie\nSYRIE\nLiban", WebUtility.HtmlDecode(field).Replace("\r\n", "\n", StringComparison.Ordinal).Trim());
    }

    [Theory]
    [InlineData("""{"topics":["Syrie","SYRIE"]}""", new[] { "Syrie", "SYRIE" })]
    [InlineData("""{"topics":["Syrie","syrie"]}""", new[] { "Syrie" })]
    [InlineData("""{"topics":["Straße","strasse","STRASSE"]}""", new[] { "Straße", "STRASSE" })]
    [InlineData("""{"topics":["Syrie","headline:syrie",{"text":"syrie","language":"fr"}]}""", new[] { "Syrie", "headline:syrie", "syrie" })]
    public async Task Put_topics_keeps_the_same_topics(string json, string[] kept)
    {
        var confirmed = await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest($"s42-put-{Tag()}@example.com", null, "Europe/Paris", [("Syria", false)], 2));

        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/subscribers/{confirmed.Subscriber.Id}/topics") { Content = Api.Json(json) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", confirmed.ManageToken);
        using var response = await stack.Host.Client.SendAsync(request);
        var body = await Api.BodyAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal(kept, body.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
        Assert.Equal(kept, await StoredTopicsAsync(confirmed.Subscriber.Id));
    }

    private static string Tag() => Guid.NewGuid().ToString("N")[..10];

    // Confirms the sign-up by the link emailed to address, then reads the subscriber's topics.
    private async Task<IReadOnlyList<string>> ConfirmedTopicsAsync(string address)
    {
        var email = await stack.Inbox.WaitForAsync(address, CancellationToken.None);
        using (var confirmed = await stack.Host.Client.PostAsync(SentLinks.ConfirmApiOf(email.TextBody), null))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        var store = stack.Host.Services.GetRequiredService<ISubscriberStore>();
        return await StoredTopicsAsync((await store.FindIdByEmailAsync(address, CancellationToken.None))!);
    }

    private async Task<IReadOnlyList<string>> StoredTopicsAsync(string id) =>
        [.. (await stack.Host.Services.GetRequiredService<ISubscriberStore>().GetAsync(id, CancellationToken.None))!.Topics.Select(t => t.Text)];
}
