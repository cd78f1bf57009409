namespace NewsAlerts.Integration.Tests.Articles;

using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// A story with no URL still gives a text with a link a person can open: its short link shows the headline and
/// summary (trial of issue 17: "BREAKING: Ceasefire collapses in Aleppo 💥 as İdlib talks stall — «no…", cut, no link).
/// The email of such a story carries the whole headline and summary.
/// </summary>
[Collection("queues")]
public sealed class Every_text_leads_somewhere_a_person_can_read(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private const string Summary = "Escalating violence in northern city threatens to derail first peace talks involving warring parties";
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Theory]
    [InlineData("Ceasefire collapses in Aleppo 💥 as İdlib talks stall — «no return to the table», envoy says after a night of shelling", 1)]
    [InlineData("Aleppo truce holds", 1)]
    [InlineData("Aleppo: talks in Geneva resume on Friday after the envoy's visit to the northern city, officials say", 3)]
    public async Task A_story_without_a_url_is_texted_with_a_short_link_to_its_headline_and_summary(string headline, int urgency)
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var subscriber = new Subscriber(
            $"s{tag}", $"reader-{tag}@example.com", ContactStatus.Confirmed, TestPhones.NewValid(), ContactStatus.Confirmed, "Europe/London",
            [new Topic("t1", "Aleppo", false)], 9, DateTimeOffset.UtcNow);
        await stack.Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        await stack.Host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
        var article = JsonNode.Parse(Editor.SampleArticle($"urn:test:{tag}", urgency))!;
        article["headline"] = headline;
        Assert.Null(article["url"]);

        await Editor.PublishAsync(stack.Host, article.ToJsonString());
        await stack.Sink.WaitForAsync(subscriber.Phone!, CancellationToken.None);
        var message = await stack.Inbox.WaitForAsync(subscriber.Email!, CancellationToken.None);

        var text = Assert.Single(await stack.Sink.MessagesToAsync(subscriber.Phone!, CancellationToken.None)).GetProperty("body").GetString()!;
        var shortLink = System.Text.RegularExpressions.Regex.Match(text, @"http://\S+/api/a/[A-Za-z0-9_-]+").Value;
        Assert.False(string.IsNullOrEmpty(shortLink), text);
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var page = await noRedirects.GetAsync(new Uri(shortLink));
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains(headline, html, StringComparison.Ordinal);
        Assert.Contains(Summary, html, StringComparison.Ordinal);

        Assert.Contains(headline, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(Summary, message.TextBody, StringComparison.Ordinal);
    }
}
