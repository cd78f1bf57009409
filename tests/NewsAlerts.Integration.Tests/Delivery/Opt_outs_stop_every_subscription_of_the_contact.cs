namespace NewsAlerts.Integration.Tests.Delivery;

using System.Net;
using System.Net.Http.Json;
using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// The suppression list through the local host: replies through the SMS sink (no webhook URL given: the sink sends
/// them to this host), one-click unsubscribe, "stop everything", erasure and a carrier opt-out, each against legacy
/// duplicate subscribers that share the contact. Each test publishes to a control subscriber as well and waits for
/// its alert, so "nothing arrived" is checked after the same story reached someone.
/// </summary>
[Collection("queues")]
public sealed class Opt_outs_stop_every_subscription_of_the_contact(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;
    private HttpClient sinkClient = null!;

    public async Task InitializeAsync()
    {
        stack = await HostedStack.StartAsync(fixture.Stack, runDispatcher: true);
        sinkClient = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
    }

    public async Task DisposeAsync()
    {
        sinkClient.Dispose();
        await stack.DisposeAsync();
    }

    [Fact]
    public async Task Every_opt_out_word_with_case_punctuation_and_whitespace_variants_stops_every_text_to_the_number_and_START_resumes()
    {
        var stopWords = SmsKeywords.Table.Where(t => t.Keyword == SmsKeyword.Stop && t.Language == "en").Select(t => t.Phrase).ToList();
        string[] Variants(string w) => [w, $"  {w.ToLowerInvariant()}!! ", $"{char.ToUpperInvariant(w[0])}{w[1..].ToLowerInvariant()} please 🙏", $"\"{w}.\"\n"];
        var replies = stopWords.SelectMany(Variants).ToList();
        var numbers = new List<string>();
        foreach (var reply in replies)
        {
            var phone = TestPhones.NewValid();
            numbers.Add(phone);
            await SaveAsync(Subscriber(phone: phone));
        }

        // The first number also belongs to an older duplicate subscriber: the STOP covers it too.
        await SaveAsync(Subscriber(phone: numbers[0]) with { Id = $"a{Guid.NewGuid():N}" });
        var control = TestPhones.NewValid();
        await SaveAsync(Subscriber(phone: control));
        for (var i = 0; i < replies.Count; i++)
        {
            var answer = await ReplyAsync(numbers[i], replies[i]);
            Assert.Equal(200, answer.GetProperty("webhookStatus").GetInt32());
        }

        await PublishBreakingAsync();
        await stack.Sink.WaitForAsync(control, CancellationToken.None);
        await QueuesDrainedAsync();
        foreach (var (phone, reply) in numbers.Zip(replies))
        {
            Assert.True((await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count == 0, $"a text went to a number after it replied '{reply}'");
        }

        // START and UNSTOP lift it.
        await ReplyAsync(numbers[1], "START");
        await ReplyAsync(numbers[2], "unstop");
        await PublishBreakingAsync();
        await stack.Sink.WaitForAsync(numbers[1], CancellationToken.None);
        await stack.Sink.WaitForAsync(numbers[2], CancellationToken.None);
        await QueuesDrainedAsync();
        Assert.Empty(await stack.Sink.MessagesToAsync(numbers[3], CancellationToken.None));
    }

    [Fact]
    public async Task One_click_unsubscribe_stops_every_email_to_the_address_also_for_an_old_duplicate_in_another_case()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var old = Subscriber(email: $"Reader-{tag}@Example.com") with { Id = $"a{tag}" };
        var duplicate = Subscriber(email: $"reader-{tag}@example.com");
        var control = Subscriber(email: $"control-{tag}@example.com");
        foreach (var s in new[] { old, duplicate, control })
        {
            await SaveAsync(s);
        }

        var unsubscribe = stack.Host.Services.GetRequiredService<AlertLinks>().Unsubscribe(duplicate.Id);
        using var oneClick = await stack.Host.Client.PostAsync(unsubscribe, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);

        await PublishAsync(urgency: 3);
        await stack.Inbox.WaitForAsync(control.Email!, CancellationToken.None);
        await QueuesDrainedAsync();
        Assert.Equal(0, await stack.Inbox.CountAsync(duplicate.Email!, CancellationToken.None));
    }

    [Fact]
    public async Task Stop_everything_from_the_manage_link_stops_both_contacts_for_every_subscription()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var phone = TestPhones.NewValid();
        var subscriber = Subscriber(email: $"everything-{tag}@example.com", phone: phone);
        var duplicate = Subscriber(email: $"everything-{tag}@example.com", phone: phone) with { Id = $"a{tag}" };
        var control = Subscriber(email: $"control-{tag}@example.com");
        foreach (var s in new[] { subscriber, duplicate, control })
        {
            await SaveAsync(s);
        }

        var token = stack.Host.Services.GetRequiredService<TokenSigner>().Issue(TokenPurpose.Manage, subscriber.Id, TimeSpan.FromHours(1));
        using var stop = await stack.Host.Client.PostAsync(new Uri($"api/subscribers/{subscriber.Id}/stop?token={Uri.EscapeDataString(token)}", UriKind.Relative), null);
        using var forged = await stack.Host.Client.PostAsync(new Uri($"api/subscribers/{control.Id}/stop?token={Uri.EscapeDataString(token)}", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);

        await PublishBreakingAsync();
        await stack.Inbox.WaitForAsync(control.Email!, CancellationToken.None);
        await QueuesDrainedAsync();
        Assert.Equal(0, await stack.Inbox.CountAsync(subscriber.Email!, CancellationToken.None));
        Assert.Empty(await stack.Sink.MessagesToAsync(phone, CancellationToken.None));
    }

    [Fact]
    public async Task A_STOP_survives_erasing_the_subscriber_and_signing_up_the_number_again()
    {
        var phone = TestPhones.NewValid();
        var first = Subscriber(phone: phone);
        var control = TestPhones.NewValid();
        await SaveAsync(first);
        await SaveAsync(Subscriber(phone: control));
        await ReplyAsync(phone, "STOP");

        var token = stack.Host.Services.GetRequiredService<TokenSigner>().Issue(TokenPurpose.Manage, first.Id, TimeSpan.FromHours(1));
        using var deleted = await stack.Host.Client.DeleteAsync(new Uri($"api/subscribers/{first.Id}?token={Uri.EscapeDataString(token)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await SaveAsync(Subscriber(phone: phone));

        await PublishBreakingAsync();
        await stack.Sink.WaitForAsync(control, CancellationToken.None);
        await QueuesDrainedAsync();
        Assert.Empty(await stack.Sink.MessagesToAsync(phone, CancellationToken.None));
    }

    [Fact]
    public async Task A_carrier_opt_out_21610_suppresses_the_number_so_later_stories_do_not_try_it()
    {
        var control = TestPhones.NewValid();
        await SaveAsync(Subscriber(phone: SmsSinkService.OptedOutNumber));
        await SaveAsync(Subscriber(phone: control));

        await PublishBreakingAsync();
        await stack.Sink.WaitForAsync(control, CancellationToken.None);
        await QueuesDrainedAsync();
        var attempts = (await stack.Sink.MessagesToAsync(SmsSinkService.OptedOutNumber, CancellationToken.None)).Count;
        await SaveAsync(Subscriber(phone: SmsSinkService.OptedOutNumber));
        await PublishBreakingAsync();
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(control, CancellationToken.None)).Count == 2, "the second story reaches the control number");
        await QueuesDrainedAsync();

        Assert.Equal(attempts, (await stack.Sink.MessagesToAsync(SmsSinkService.OptedOutNumber, CancellationToken.None)).Count);
    }

    private static Subscriber Subscriber(string? email = null, string? phone = null) => new(
        $"s{Guid.NewGuid():N}", email, email is null ? ContactStatus.None : ContactStatus.Confirmed, phone, phone is null ? ContactStatus.None : ContactStatus.Confirmed,
        "UTC", [new Topic("t1", "Syria", false)], Core.Subscribers.Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UtcNow, SmsWelcomed: true);

    private async Task SaveAsync(Subscriber subscriber)
    {
        await stack.Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        await stack.Host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
    }

    private async Task<System.Text.Json.JsonElement> ReplyAsync(string from, string body)
    {
        using var response = await sinkClient.PostAsJsonAsync("sink/inbound", new { from, body });
        var answer = await Api.BodyAsync(response);
        Assert.True(response.IsSuccessStatusCode, answer.ToString());
        return answer;
    }

    private Task PublishBreakingAsync() => PublishAsync(urgency: 1);

    private Task PublishAsync(int urgency) => Editor.PublishAsync(stack.Host, Editor.SampleArticle($"urn:test:{Guid.NewGuid():N}", urgency: urgency));

    private async Task QueuesDrainedAsync()
    {
        foreach (var queue in new[] { "email-alerts", "sms-alerts" })
        {
            await using var receiver = stack.ServiceBus.CreateReceiver(queue);
            await Eventually.TrueAsync(async () => await receiver.PeekMessageAsync() is null, $"{queue} is empty");
        }
    }
}
