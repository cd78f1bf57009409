namespace NewsAlerts.Integration.Tests.Articles;

using System.Net;
using System.Text.Json.Nodes;
using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

[Collection("queues")]
public sealed class A_withdrawal_reaches_exactly_the_earlier_recipients_once(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private const string Note = "The report could not be verified.";
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task The_follow_up_goes_to_each_earlier_recipient_on_their_channel_once_and_the_short_link_shows_the_notice()
    {
        var emailOnly = await SubscriberAsync("Syria", email: true, phone: false);
        var smsOnly = await SubscriberAsync("Syria", email: false, phone: true);
        var unmatched = await SubscriberAsync("Zimbabwe", email: true, phone: true);
        var id = $"urn:test:{Guid.NewGuid():N}";
        const string url = "https://www.straitstimes.com/world/middle-east/kerry-sees-hope-of-extending-syrian-truce-to-aleppo";

        await Editor.PublishAsync(stack.Host, Editor.SampleArticle(id, urgency: 1, version: 1, url: url));
        await stack.Inbox.WaitForAsync(emailOnly.Email!, CancellationToken.None);
        await stack.Sink.WaitForAsync(smsOnly.Phone!, CancellationToken.None);
        var ledger = stack.Host.Services.GetRequiredService<IDeliveryLedger>();
        // The follow-up reaches what the ledger shows received: wait until both sends are recorded.
        await Eventually.TrueAsync(
            async () => await ledger.GetStateAsync(id, emailOnly.Id, Channel.Email, CancellationToken.None) == LedgerState.Sent
                && await ledger.GetStateAsync(id, smsOnly.Id, Channel.Sms, CancellationToken.None) is LedgerState.Sent or LedgerState.Delivered,
            "the alert's sends are recorded");

        var withdrawal = Withdrawal(id, version: 2);
        var dryRun = await Editor.PublishAsync(stack.Host, withdrawal, dryRun: true);
        var first = await Editor.PublishAsync(stack.Host, withdrawal);
        var second = await Editor.PublishAsync(stack.Host, withdrawal);
        var laterVersion = await Editor.PublishAsync(stack.Host, Withdrawal(id, version: 3));

        Assert.Equal("Withdrawal", first.GetProperty("decision").GetString());
        Assert.Equal(1, first.GetProperty("reach").GetProperty("followUpEmails").GetInt32());
        Assert.Equal(1, first.GetProperty("reach").GetProperty("followUpSms").GetInt32());
        Assert.Equal(first.GetProperty("reach").ToString(), dryRun.GetProperty("reach").ToString());
        Assert.Equal("Duplicate", second.GetProperty("decision").GetString());
        Assert.Equal("Duplicate", laterVersion.GetProperty("decision").GetString());

        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(emailOnly.Email!, CancellationToken.None) >= 2, "the follow-up email arrives");
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(smsOnly.Phone!, CancellationToken.None)).Count >= 2, "the follow-up text arrives");
        await QueuesDrainedAsync();

        var emails = await stack.Inbox.ListMessagesAsync(emailOnly.Email!, CancellationToken.None);
        Assert.Equal(2, emails.Count);
        var followUp = Assert.Single(emails, m => m.Subject?.StartsWith("Withdrawn: ", StringComparison.Ordinal) == true);
        Assert.Contains(Note, followUp.TextBody, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(followUp.Headers["List-Unsubscribe"]));
        var texts = (await stack.Sink.MessagesToAsync(smsOnly.Phone!, CancellationToken.None)).Select(t => t.GetProperty("body").GetString()!).ToList();
        Assert.Equal(2, texts.Count);
        var text = Assert.Single(texts, t => t.StartsWith("Withdrawn: ", StringComparison.Ordinal));
        Assert.Equal(0, await stack.Inbox.CountAsync(unmatched.Email!, CancellationToken.None));
        Assert.Empty(await stack.Sink.MessagesToAsync(unmatched.Phone!, CancellationToken.None));

        // The text's short link now shows the notice instead of leading to the article.
        var shortLink = System.Text.RegularExpressions.Regex.Match(text, @"http://\S+/api/a/\S+").Value;
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var page = await noRedirects.GetAsync(new Uri(shortLink));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("This story was withdrawn", html, StringComparison.Ordinal);
        Assert.Contains(Note, html, StringComparison.Ordinal);
        Assert.DoesNotContain(url, html, StringComparison.Ordinal);

        // Trial r31: every sentence of the notice in the reader's language, UTC named in its words.
        foreach (var (language, sentence) in new[] { ("fr", "» a été retiré le "), ("de", "“ wurde am "), ("ar", "سُحب خبر ”") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(shortLink));
            request.Headers.Add("Accept-Language", language);
            using var translated = await noRedirects.SendAsync(request);
            var words = WebUtility.HtmlDecode(await translated.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Gone, translated.StatusCode);
            Assert.Contains(sentence, words, StringComparison.Ordinal);
            Assert.DoesNotContain("was withdrawn", words, StringComparison.Ordinal);
            Assert.DoesNotContain(" UTC.", words, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Withdrawing_a_story_never_published_is_a_404_naming_the_uri()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = Api.Json(Withdrawal($"urn:test:{Guid.NewGuid():N}", version: 2)) };
        request.Headers.Add("x-functions-key", TestFunctionHost.DefaultKey);
        using var response = await stack.Host.Client.SendAsync(request);
        var body = await Api.BodyAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(body.GetProperty("errors").TryGetProperty("uri", out _), body.ToString());
    }

    private static string Withdrawal(string id, int version)
    {
        var json = JsonNode.Parse(Editor.SampleArticle(id, urgency: 1, version: version))!;
        json["pubstatus"] = "canceled";
        json["ednote"] = Note;
        return json.ToJsonString();
    }

    private async Task QueuesDrainedAsync()
    {
        foreach (var queue in new[] { "email-alerts", "sms-alerts" })
        {
            await using var receiver = stack.ServiceBus.CreateReceiver(queue);
            await Eventually.TrueAsync(async () => await receiver.PeekMessageAsync() is null, $"{queue} is empty");
        }
    }

    private async Task<Subscriber> SubscriberAsync(string topic, bool email, bool phone)
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var subscriber = new Subscriber(
            $"s{tag}", email ? $"reader-{tag}@example.com" : null, email ? ContactStatus.Confirmed : ContactStatus.None,
            phone ? TestPhones.NewValid() : null, phone ? ContactStatus.Confirmed : ContactStatus.None, "Europe/London",
            [new Topic("t1", topic, false)], Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UtcNow);
        await stack.Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        await stack.Host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
        return subscriber;
    }
}
