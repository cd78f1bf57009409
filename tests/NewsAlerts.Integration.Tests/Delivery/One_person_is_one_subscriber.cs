namespace NewsAlerts.Integration.Tests.Delivery;

using System.Net;
using global::Azure.Messaging.ServiceBus;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>Identity through the local host: the same address in another case and the same number written with spaces are one subscriber.</summary>
[Collection("queues")]
public sealed class One_person_is_one_subscriber(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    // New sign-ups get a daily digest unless they choose; this one chooses every email at once, as the test expects.
    private static readonly object AsItHappens = new { email = new { frequency = "immediate" } };

    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task Signing_up_twice_with_the_address_in_another_case_and_the_number_with_spaces_gives_one_subscriber_and_one_alert()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var phone = TestPhones.NewValid();
        var spaced = $"{phone[..3]} {phone[3..7]} {phone[7..]}";
        var first = await SignUpAsync($"Alice-{tag}@example.com", phone, "Syria");
        var second = await SignUpAsync($"alice-{tag}@EXAMPLE.COM", spaced, "ceasefire");

        // The same number and address again continue the one waiting sign-up: both confirmation emails and both codes
        // arrive, and only the newest link and code confirm it (the earlier ones are void), joining one subscriber.
        Assert.Equal(first, second);
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync($"alice-{tag}@example.com", CancellationToken.None) == 2, "both confirmation emails arrive");
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count == 2, "both codes arrive");
        var ids = new HashSet<string>();
        var links = new List<HttpStatusCode>();
        foreach (var email in await stack.Inbox.ListMessagesAsync($"alice-{tag}@example.com", CancellationToken.None))
        {
            using var confirmed = await stack.Host.Client.PostAsync(SentLinks.ConfirmApiOf(email.TextBody), null);
            links.Add(confirmed.StatusCode);
            if (confirmed.StatusCode == HttpStatusCode.OK)
            {
                ids.Add(await SubscriberIdAsync(confirmed));
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Forbidden], links.Order());

        var codes = (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Select(TextedCodes.Of).ToList();
        foreach (var (signUpId, code) in new[] { first, second }.SelectMany(s => codes.Select(c => (s, c))))
        {
            // Each code belongs to one sign-up: the other pair is refused, which the five-try limit allows.
            using var confirmed = await Api.PostJsonAsync(stack.Host.Client, $"api/sign-ups/{signUpId}/confirm-sms", new { code });
            if (confirmed.StatusCode == HttpStatusCode.OK)
            {
                ids.Add(await SubscriberIdAsync(confirmed));
            }
        }

        Assert.Single(ids);
        await Editor.PublishAsync(stack.Host, Editor.SampleArticle($"urn:test:{tag}", urgency: 1));
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count == 3, "the alert SMS arrives");
        await Eventually.TrueAsync(
            async () => (await stack.Inbox.ListMessagesAsync($"alice-{tag}@example.com", CancellationToken.None)).Any(m => m.Headers.Contains("List-Unsubscribe")), "the alert email arrives");
        await QueuesDrainedAsync();

        Assert.Single(await stack.Inbox.ListMessagesAsync($"alice-{tag}@example.com", CancellationToken.None), m => m.Headers.Contains("List-Unsubscribe"));
        Assert.Equal(3, (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count);
    }

    private async Task<string> SignUpAsync(string email, string phone, string topic)
    {
        using var created = await Api.PostJsonAsync(stack.Host.Client, "api/subscribers", new { email, phone, timeZone = "UTC", topics = new[] { topic }, preferences = AsItHappens });
        var body = await Api.BodyAsync(created);
        Assert.True(created.StatusCode == HttpStatusCode.Accepted, body.ToString());
        return body.GetProperty("signUpId").GetString()!;
    }

    private static async Task<string> SubscriberIdAsync(HttpResponseMessage confirmed)
    {
        var body = await Api.BodyAsync(confirmed);
        Assert.True(confirmed.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("subscriber").GetProperty("id").GetString()!;
    }

    private async Task QueuesDrainedAsync()
    {
        foreach (var queue in new[] { "email-alerts", "sms-alerts" })
        {
            await using var receiver = stack.ServiceBus.CreateReceiver(queue);
            await Eventually.TrueAsync(async () => await receiver.PeekMessageAsync() is null, $"{queue} is empty");
        }
    }
}
