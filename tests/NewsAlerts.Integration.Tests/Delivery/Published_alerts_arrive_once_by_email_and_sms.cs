namespace NewsAlerts.Integration.Tests.Delivery;

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

[Collection("queues")]
public sealed class Published_alerts_arrive_once_by_email_and_sms(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task A_breaking_story_reaches_email_and_sms_with_unsubscribe_headers_and_opt_out_wording()
    {
        var subscriber = await ConfirmedSubscriberAsync("Syria");
        var id = $"urn:test:{Guid.NewGuid():N}";

        const string url = "https://www.straitstimes.com/world/middle-east/kerry-sees-hope-of-extending-syrian-truce-to-aleppo";
        await Editor.PublishAsync(stack.Host, Editor.SampleArticle(id, urgency: 1, version: 1, url: url));
        var email = await stack.Inbox.WaitForAsync(subscriber.Email!, CancellationToken.None);
        var texts = await stack.Sink.WaitForAsync(subscriber.Phone!, CancellationToken.None);

        Assert.StartsWith($"<{stack.Host.Client.BaseAddress}unsubscribe?token=", email.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", email.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("Kerry", email.Subject, StringComparison.Ordinal);
        var sms = Assert.Single(texts).GetProperty("body").GetString()!;
        Assert.Contains("STOP", sms, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(texts).GetProperty("numSegments").GetInt32());

        // The SMS carries a short link that redirects to the article.
        var shortLink = System.Text.RegularExpressions.Regex.Match(sms, @"http://\S+/api/a/\S+").Value;
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var redirect = await noRedirects.GetAsync(new Uri(shortLink));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal(url, redirect.Headers.Location?.AbsoluteUri);
        var ledger = stack.Host.Services.GetRequiredService<IDeliveryLedger>();
        // The inbox has the email before the dispatcher records its group in the ledger.
        await Eventually.TrueAsync(
            async () => await ledger.GetStateAsync(id, subscriber.Id, Channel.Email, CancellationToken.None) == LedgerState.Sent, "the email is recorded sent");
        // The sink's signed status callback ("delivered") reaches the webhook and the ledger records it.
        await Eventually.TrueAsync(
            async () => await ledger.GetStateAsync(id, subscriber.Id, Channel.Sms, CancellationToken.None) == LedgerState.Delivered, "the SMS is recorded delivered");
    }

    [Fact]
    public async Task A_new_alert_email_links_the_manage_and_unsubscribe_pages_and_its_one_click_header_needs_no_page()
    {
        var subscriber = await ConfirmedSubscriberAsync("Aleppo");
        await Editor.PublishAsync(stack.Host, Editor.SampleArticle($"urn:test:{Guid.NewGuid():N}", urgency: 1, version: 1));
        var email = await stack.Inbox.WaitForAsync(subscriber.Email!, CancellationToken.None);
        var links = System.Text.RegularExpressions.Regex.Matches(email.HtmlBody ?? string.Empty, "href=\"([^\"]+)\"")
            .Select(m => new Uri(WebUtility.HtmlDecode(m.Groups[1].Value)))
            .Where(l => l.Authority == stack.Host.Client.BaseAddress!.Authority)
            .ToList();
        var manage = Assert.Single(links, l => l.AbsolutePath == "/manage");
        var unsubscribe = Assert.Single(links, l => l.AbsolutePath == "/unsubscribe");
        Assert.DoesNotContain(links, l => l.AbsolutePath.StartsWith("/api/subscribers/", StringComparison.Ordinal) || l.AbsolutePath == "/api/unsubscribe");
        Assert.StartsWith("?token=", manage.Query, StringComparison.Ordinal);
        Assert.StartsWith("?token=", unsubscribe.Query, StringComparison.Ordinal);

        // Each opens its page as a browser gets it, without a redirect.
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var managePage = await noRedirects.GetAsync(manage);
        using var unsubscribePage = await noRedirects.GetAsync(unsubscribe);
        Assert.Equal(HttpStatusCode.OK, managePage.StatusCode);
        Assert.Equal("text/html", managePage.Content.Headers.ContentType?.MediaType);
        Assert.Contains(subscriber.Email!, await managePage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unsubscribePage.StatusCode);
        Assert.Equal("text/html", unsubscribePage.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<form method=\"post\"", await unsubscribePage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The RFC 8058 header names the same page path, and its one-click POST (no form token, no page) unsubscribes.
        var header = new Uri(email.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        Assert.Equal("/unsubscribe", header.AbsolutePath);
        using var oneClick = await noRedirects.PostAsync(header, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        var after = await stack.Host.Services.GetRequiredService<ISubscriberStore>().GetAsync(subscriber.Id, CancellationToken.None);
        Assert.Equal(ContactStatus.OptedOut, after!.EmailStatus);
    }

    [Fact]
    public async Task An_upgrade_to_breaking_sends_only_the_sms_and_republishing_sends_nothing()
    {
        var subscriber = await ConfirmedSubscriberAsync("ceasefire");
        var id = $"urn:test:{Guid.NewGuid():N}";

        await Editor.PublishAsync(stack.Host, Editor.SampleArticle(id, urgency: 4, version: 1));
        await stack.Inbox.WaitForAsync(subscriber.Email!, CancellationToken.None);
        await Editor.PublishAsync(stack.Host, Editor.SampleArticle(id, urgency: 4, version: 1));
        await Editor.PublishAsync(stack.Host, Editor.SampleArticle(id, urgency: 1, version: 2));
        await stack.Sink.WaitForAsync(subscriber.Phone!, CancellationToken.None);
        await QueuesDrainedAsync();

        Assert.Equal(1, await stack.Inbox.CountAsync(subscriber.Email!, CancellationToken.None));
        Assert.Single(await stack.Sink.MessagesToAsync(subscriber.Phone!, CancellationToken.None));
    }

    private async Task QueuesDrainedAsync()
    {
        foreach (var queue in new[] { "email-alerts", "sms-alerts" })
        {
            await using var receiver = stack.ServiceBus.CreateReceiver(queue);
            await Eventually.TrueAsync(async () => await receiver.PeekMessageAsync() is null, $"{queue} is empty");
        }
    }

    private async Task<Subscriber> ConfirmedSubscriberAsync(string topic)
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var phone = TestPhones.NewValid();
        var subscriber = new Subscriber(
            $"s{tag}", $"reader-{tag}@example.com", ContactStatus.Confirmed, phone, ContactStatus.Confirmed, "Europe/London",
            [new Topic("t1", topic, false)], Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UtcNow);
        await stack.Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        await stack.Host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
        return subscriber;
    }
}
