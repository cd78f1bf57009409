namespace NewsAlerts.Integration.Tests.Digests;

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

[Collection("queues")]
public sealed class Daily_caps_are_counted_at_dispatch(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task Two_emails_and_one_text_go_the_rest_waits_in_the_digest_or_is_held_and_reach_says_so_beforehand()
    {
        var address = $"capped-{Guid.NewGuid():N}@example.org";
        using var request = JsonDocument.Parse($$"""
            {"email": "{{address}}", "phone": "{{TestPhones.NewValid()}}", "timeZone": "Europe/London", "topics": ["Syria"],
             "preferences": {"email": {"frequency": "immediate"}, "caps": {"email": 2, "sms": 1} } }
            """);
        var subscriber = (await SignUps.ConfirmedAsync(stack.Host, SubscriberRequestParser.ParseSignUp(request.RootElement, new TextablePhones(["GB"])).Value!)).Subscriber;

        // A text-only subscriber with the same SMS cap: no digest can take their texts over it, so they are held too.
        using var textOnlyRequest = JsonDocument.Parse($$"""
            {"phone": "{{TestPhones.NewValid()}}", "timeZone": "Europe/London", "topics": ["Syria"], "preferences": {"caps": {"sms": 1} } }
            """);
        var textOnly = (await SignUps.ConfirmedAsync(stack.Host, SubscriberRequestParser.ParseSignUp(textOnlyRequest.RootElement, new TextablePhones(["GB"])).Value!)).Subscriber;
        var textOnlyBefore = (await stack.Sink.MessagesToAsync(textOnly.Phone!, CancellationToken.None)).Count;
        var ledger = stack.Host.Services.GetRequiredService<IDeliveryLedger>();
        var digests = stack.Host.Services.GetRequiredService<IDigestStore>();
        var emailsBefore = await stack.Inbox.CountAsync(address, CancellationToken.None);
        var textsBefore = (await stack.Sink.MessagesToAsync(subscriber.Phone!, CancellationToken.None)).Count;
        var ids = Enumerable.Range(0, 3).Select(_ => $"urn:test:{Guid.NewGuid():N}").ToList();

        // Published one after the other without waiting: some are decided at planning, the rest by the dispatcher's count.
        foreach (var id in ids)
        {
            await Editor.PublishAsync(stack.Host, Editor.SampleArticle(id, urgency: 1));
        }

        async Task<(int EmailsSent, int TextsSent, int TextsHeld, int DigestEntries)> TalliesAsync(IEnumerable<string> articles)
        {
            var tally = (0, 0, 0, 0);
            foreach (var id in articles)
            {
                var email = await ledger.GetStateAsync(id, subscriber.Id, Channel.Email, CancellationToken.None);
                var sms = await ledger.GetStateAsync(id, subscriber.Id, Channel.Sms, CancellationToken.None);
                tally.Item1 += email is LedgerState.Sent or LedgerState.Delivered ? 1 : 0;
                tally.Item2 += sms is LedgerState.Sent or LedgerState.Delivered ? 1 : 0;
                tally.Item3 += sms == LedgerState.HeldByCap ? 1 : 0;
                tally.Item4 += await digests.ForArticleAsync(id, CancellationToken.None).CountAsync(e => e.SubscriberId == subscriber.Id);
            }

            return tally;
        }

        // Texts held at planning and at the send carry the same reason: one rule (DailyCapCounting.OverCap) decides both.
        async Task<List<(string Subscriber, LedgerState State, string? Reason)>> TextRowsAsync(IEnumerable<string> articles)
        {
            var rows = new List<(string, LedgerState, string?)>();
            foreach (var id in articles)
            {
                rows.AddRange(await ledger.ListAsync(id, Channel.Sms, CancellationToken.None).Select(e => (e.SubscriberId, e.State, e.Reason)).ToListAsync());
            }

            return rows;
        }

        string HeldReason(string id) => id == subscriber.Id ? "daily sms cap of 1 reached; the story reaches them by email" : "daily sms cap of 1 reached";

        await Eventually.TrueAsync(async () => await TalliesAsync(ids) == (2, 1, 2, 1), "two emails, one text, two texts held, one digest entry", Deadline);
        await Eventually.TrueAsync(
            async () => (await TextRowsAsync(ids)).Count(r => r.Subscriber == textOnly.Id && r.State == LedgerState.HeldByCap) == 2,
            "two of the text-only subscriber's texts held", Deadline);
        var settled = await TextRowsAsync(ids);
        Assert.Equal(1, settled.Count(r => r.Subscriber == textOnly.Id && r.State is LedgerState.Sent or LedgerState.Delivered));
        Assert.All(settled.Where(r => r.State == LedgerState.HeldByCap), r => Assert.Equal(HeldReason(r.Subscriber), r.Reason));
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(textOnly.Phone!, CancellationToken.None)).Count == textOnlyBefore + 1, "one text to the text-only subscriber", Deadline);
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(address, CancellationToken.None) == emailsBefore + 2, "two alert emails arrive", Deadline);
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(subscriber.Phone!, CancellationToken.None)).Count == textsBefore + 1, "one text arrives", Deadline);

        // The next article: the dry run reports the email in the digest and both subscribers' texts held by the caps (none
        // in a digest), and the real run does just that.
        var next = $"urn:test:{Guid.NewGuid():N}";
        var dryRun = (await Editor.PublishAsync(stack.Host, Editor.SampleArticle(next, urgency: 1), dryRun: true)).GetProperty("reach");
        var published = (await Editor.PublishAsync(stack.Host, Editor.SampleArticle(next, urgency: 1))).GetProperty("reach");

        Assert.Equal(dryRun.ToString(), published.ToString());
        Assert.Equal(
            (0, 0, 1, 2, 0, 1),
            (published.GetProperty("emailAlerts").GetInt32(), published.GetProperty("smsAlerts").GetInt32(), published.GetProperty("emailHeldByCap").GetInt32(),
             published.GetProperty("smsHeldByCap").GetInt32(), published.GetProperty("smsCappedToDigest").GetInt32(), published.GetProperty("emailDigestEntries").GetInt32()));
        Assert.Equal((0, 0, 1, 1), await TalliesAsync([next]));
        Assert.Equal((2, 1, 3, 2), await TalliesAsync([.. ids, next]));
        var nextRows = await TextRowsAsync([next]);
        Assert.Equal(
            [(subscriber.Id, LedgerState.HeldByCap, HeldReason(subscriber.Id)), (textOnly.Id, LedgerState.HeldByCap, HeldReason(textOnly.Id))],
            nextRows.OrderBy(r => r.Subscriber == textOnly.Id).ToList());
        Assert.Equal(emailsBefore + 2, await stack.Inbox.CountAsync(address, CancellationToken.None));
        Assert.Equal(textsBefore + 1, (await stack.Sink.MessagesToAsync(subscriber.Phone!, CancellationToken.None)).Count);
        Assert.Equal(textOnlyBefore + 1, (await stack.Sink.MessagesToAsync(textOnly.Phone!, CancellationToken.None)).Count);
    }
}
