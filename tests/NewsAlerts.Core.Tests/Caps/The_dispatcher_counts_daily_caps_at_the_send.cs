namespace NewsAlerts.Core.Tests.Caps;

using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Caps;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Tests.Digests;
using NewsAlerts.Core.Tests.Dispatch;

public sealed class The_dispatcher_counts_daily_caps_at_the_send
{
    // 12:00 in London on a winter Monday.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryLedger ledger = new();
    private readonly InMemoryDailyCapStore caps = new();
    private readonly InMemoryDigestStore digests = new();
    private readonly Senders senders = new();

    [Fact]
    public async Task Emails_over_the_cap_go_to_the_next_digest_and_texts_are_held()
    {
        var dispatcher = Dispatcher(Capped(email: 2, sms: 1));

        foreach (var article in new[] { "a1", "a2", "a3" })
        {
            await dispatcher.DispatchAsync(Batch(Channel.Email, article), CancellationToken.None);
            await dispatcher.DispatchAsync(Batch(Channel.Sms, article), CancellationToken.None);
        }

        Assert.Equal(["a1", "a2"], senders.Emails);
        Assert.Equal(["a1"], senders.Texts);
        var entry = Assert.Single(await All());
        Assert.Equal(("s1", "a3", new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero)), (entry.SubscriberId, entry.ArticleId, entry.DueAt));
        var held = ledger.Records.Where(r => r.State == LedgerState.HeldByCap).Select(r => r.Reason).ToList();
        Assert.Equal(
            ["daily sms cap of 1 reached; the story reaches them by email", "daily email cap of 2 reached; in the digest due 2026-12-01T07:00Z",
             "daily sms cap of 1 reached; the story reaches them by email"],
            held);
    }

    [Fact]
    public async Task Without_a_digest_store_an_email_over_the_cap_is_held()
    {
        var dispatcher = Dispatcher(Capped(email: 1, sms: null), withDigests: false);

        await dispatcher.DispatchAsync(Batch(Channel.Email, "a1"), CancellationToken.None);
        var outcome = await dispatcher.DispatchAsync(Batch(Channel.Email, "a2"), CancellationToken.None);

        Assert.Equal((0, 1), (outcome.Sent, outcome.Skipped));
        Assert.Equal(new LedgerRecord("s1", LedgerState.HeldByCap, null, "daily email cap of 1 reached", 1), ledger.Records.Last());
    }

    [Fact]
    public async Task A_batch_redelivered_after_a_crash_counts_its_alert_once()
    {
        var dispatcher = Dispatcher(Capped(email: null, sms: 1));
        await dispatcher.DispatchAsync(Batch(Channel.Sms, "a1"), CancellationToken.None);

        // The worker died after the send, before its record: the next one takes the claim over and sends again.
        ledger.Preset["s1"] = ClaimResult.ClaimedAfterCrash;
        var again = await dispatcher.DispatchAsync(Batch(Channel.Sms, "a1"), CancellationToken.None);

        Assert.Equal(1, again.PossibleDuplicates);
        Assert.Equal(1, (await caps.GetAsync("s1", Channel.Sms, new DateOnly(2026, 11, 30), CancellationToken.None)).Count);
        Assert.Equal(1, caps.Writes);
    }

    [Fact]
    public async Task An_email_refused_again_when_its_batch_comes_round_keeps_its_one_digest_entry()
    {
        // Immediate email, overflow digest at 13:00: at 12:00 the second email of the day goes to today's 13:00 digest.
        var dispatcher = Dispatcher(Capped(email: 1, sms: null, overflowAt: new TimeOnly(13, 0)));
        await dispatcher.DispatchAsync(Batch(Channel.Email, "a1"), CancellationToken.None);
        await dispatcher.DispatchAsync(Batch(Channel.Email, "a2"), CancellationToken.None);
        var due = new DateTimeOffset(2026, 11, 30, 13, 0, 0, TimeSpan.Zero);
        await digests.MarkSentAsync(due, "s1", ["a2"], CancellationToken.None); // that digest went at 13:00

        // The worker died before its ledger record: at 14:00 the batch comes round again and the alert is refused again.
        ledger.Preset["s1"] = ClaimResult.ClaimedAfterCrash;
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        await dispatcher.DispatchAsync(Batch(Channel.Email, "a2"), CancellationToken.None);

        var entry = Assert.Single(await All());
        Assert.Equal(("a2", due, NewsAlerts.Core.Digests.DigestEntryState.Sent), (entry.ArticleId, entry.DueAt, entry.State));
        Assert.Equal(["a1"], senders.Emails);
        Assert.Equal(new LedgerRecord("s1", LedgerState.HeldByCap, null, "daily email cap of 1 reached; in the digest due 2026-11-30T13:00Z", 1), ledger.Records.Last());
    }

    [Fact]
    public async Task An_entry_not_written_before_a_crash_is_written_for_the_digest_the_refusal_remembered()
    {
        var dispatcher = Dispatcher(Capped(email: 1, sms: null, overflowAt: new TimeOnly(13, 0)));
        await dispatcher.DispatchAsync(Batch(Channel.Email, "a1"), CancellationToken.None);
        await dispatcher.DispatchAsync(Batch(Channel.Email, "a2"), CancellationToken.None);
        await digests.RemoveAsync(await All(), CancellationToken.None); // the refusal was stored, the entry never written

        ledger.Preset["s1"] = ClaimResult.ClaimedAfterCrash;
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 12, 30, 0, TimeSpan.Zero));
        await dispatcher.DispatchAsync(Batch(Channel.Email, "a2"), CancellationToken.None);

        var entry = Assert.Single(await All());
        Assert.Equal(("a2", new DateTimeOffset(2026, 11, 30, 13, 0, 0, TimeSpan.Zero), NewsAlerts.Core.Digests.DigestEntryState.Pending), (entry.ArticleId, entry.DueAt, entry.State));
    }

    [Fact]
    public async Task A_text_over_the_cap_is_decided_at_the_send_as_planning_decides_it()
    {
        // One subscriber with a confirmed email and one with none, each one text past their cap of 1.
        var both = Capped(email: null, sms: 1);
        var textOnly = Capped(email: null, sms: 1) with { Id = "s2", Email = null, EmailStatus = ContactStatus.None };
        var dispatcher = Dispatcher([both, textOnly]);
        var ids = new[] { "s1", "s2" };
        await dispatcher.DispatchAsync(Batch(Channel.Sms, "a1", ids), CancellationToken.None);
        await dispatcher.DispatchAsync(Batch(Channel.Sms, "a2", ids), CancellationToken.None);

        var article = new NewsAlerts.Core.Articles.Article("a2", 1, "Truce in Aleppo", "Talks resume.", null, "Example", "en", [], 1, null, clock.GetUtcNow().AddMinutes(-5));
        var plan = PolicyPlanner.Plan(
            article, [new SubscriberMatch(both, "Aleppo", "Aleppo", 1, "t1"), new SubscriberMatch(textOnly, "Aleppo", "Aleppo", 1, "t1")], clock.GetUtcNow(), TimeSpan.FromHours(4),
            sentToday: (channel, _) => channel == Channel.Sms ? 1 : 0);

        var atSend = ledger.Records.Where(r => r.State == LedgerState.HeldByCap).Select(r => (r.SubscriberId, r.Reason)).Order().ToList();
        var planned = plan.Held.Where(h => h.Channel == Channel.Sms).Select(h => (h.SubscriberId, (string?)h.Reason)).Order().ToList();
        Assert.Equal([("s1", "daily sms cap of 1 reached; the story reaches them by email"), ("s2", "daily sms cap of 1 reached")], atSend);
        Assert.Equal(planned, atSend);
        Assert.Equal(0, PolicyPlanner.ReachOf([], plan).SmsCappedToDigest);
        Assert.Empty(await All());
        Assert.Equal(["a1", "a1"], senders.Texts);
    }

    [Fact]
    public async Task The_count_starts_again_at_midnight_on_the_subscribers_clock()
    {
        var dispatcher = Dispatcher(Capped(email: null, sms: 1, zone: "Asia/Tokyo"));
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 14, 59, 0, TimeSpan.Zero)); // 23:59 in Tokyo
        await dispatcher.DispatchAsync(Batch(Channel.Sms, "a1"), CancellationToken.None);
        await dispatcher.DispatchAsync(Batch(Channel.Sms, "a2"), CancellationToken.None);

        clock.Advance(TimeSpan.FromMinutes(1)); // midnight in Tokyo, 15:00 UTC the same UTC day
        await dispatcher.DispatchAsync(Batch(Channel.Sms, "a3"), CancellationToken.None);

        Assert.Equal(["a1", "a3"], senders.Texts);
    }

    [Fact]
    public async Task A_text_over_the_cap_redelivered_after_local_midnight_counts_on_the_day_it_was_planned_for()
    {
        var dispatcher = Dispatcher(Capped(email: null, sms: 1, zone: "Asia/Tokyo"));
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 14, 50, 0, TimeSpan.Zero)); // 23:50 in Tokyo
        await dispatcher.DispatchAsync(Batch(Channel.Sms, "a1") with { PlannedFor = clock.GetUtcNow() }, CancellationToken.None);
        var late = Batch(Channel.Sms, "a2") with { PlannedFor = clock.GetUtcNow().AddMinutes(5) }; // planned 23:55 Tokyo
        clock.Advance(TimeSpan.FromMinutes(5));
        await dispatcher.DispatchAsync(late, CancellationToken.None);

        // The worker died before its record; the batch comes round again at 00:10 Tokyo, a new local day on the clock.
        ledger.Preset["s1"] = ClaimResult.ClaimedAfterCrash;
        clock.Advance(TimeSpan.FromMinutes(15));
        await dispatcher.DispatchAsync(late, CancellationToken.None);

        Assert.Equal(["a1"], senders.Texts);
        Assert.Equal(new LedgerRecord("s1", LedgerState.HeldByCap, null, "daily sms cap of 1 reached; the story reaches them by email", 1), ledger.Records.Last());
        Assert.Equal(0, (await caps.GetAsync("s1", Channel.Sms, new DateOnly(2026, 12, 1), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_queued_text_dispatched_after_local_midnight_counts_on_the_day_it_was_planned_for_and_leaves_the_new_day_free()
    {
        var dispatcher = Dispatcher(Capped(email: null, sms: 1, zone: "Asia/Tokyo"));
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 14, 55, 0, TimeSpan.Zero)); // 23:55 in Tokyo
        var planned = Batch(Channel.Sms, "a1") with { PlannedFor = clock.GetUtcNow() };

        clock.Advance(TimeSpan.FromMinutes(10)); // the queue was slow: dispatched at 00:05 Tokyo
        await dispatcher.DispatchAsync(planned, CancellationToken.None);
        await dispatcher.DispatchAsync(Batch(Channel.Sms, "a2") with { PlannedFor = clock.GetUtcNow() }, CancellationToken.None);

        Assert.Equal(["a1", "a2"], senders.Texts);
        Assert.Equal(1, (await caps.GetAsync("s1", Channel.Sms, new DateOnly(2026, 11, 30), CancellationToken.None)).Count);
        Assert.Equal(1, (await caps.GetAsync("s1", Channel.Sms, new DateOnly(2026, 12, 1), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task An_email_over_the_cap_redelivered_after_local_midnight_stays_refused_into_the_digest_chosen_when_it_was_planned()
    {
        var dispatcher = Dispatcher(Capped(email: 1, sms: null));
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 23, 40, 0, TimeSpan.Zero)); // London, winter: UTC
        await dispatcher.DispatchAsync(Batch(Channel.Email, "a1") with { PlannedFor = clock.GetUtcNow() }, CancellationToken.None);
        var late = Batch(Channel.Email, "a2") with { PlannedFor = new DateTimeOffset(2026, 11, 30, 23, 50, 0, TimeSpan.Zero) };
        clock.SetUtcNow(late.PlannedFor!.Value);
        await dispatcher.DispatchAsync(late, CancellationToken.None);

        ledger.Preset["s1"] = ClaimResult.ClaimedAfterCrash;
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 0, 10, 0, TimeSpan.Zero));
        await dispatcher.DispatchAsync(late, CancellationToken.None);

        Assert.Equal(["a1"], senders.Emails);
        var entry = Assert.Single(await All());
        Assert.Equal(("a2", new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero)), (entry.ArticleId, entry.DueAt));
    }

    [Fact]
    public async Task On_a_daylight_saving_night_whose_change_is_at_midnight_the_alert_still_counts_on_its_planned_day()
    {
        // America/Santiago, 2027-09-04 24:00 -04 becomes 2027-09-05 01:00 -03: there is no local midnight that night.
        var dispatcher = Dispatcher(Capped(email: null, sms: 1, zone: "America/Santiago"));
        clock.SetUtcNow(new DateTimeOffset(2027, 9, 5, 3, 40, 0, TimeSpan.Zero)); // 23:40 on the 4th
        await dispatcher.DispatchAsync(Batch(Channel.Sms, "a1") with { PlannedFor = clock.GetUtcNow() }, CancellationToken.None);
        var late = Batch(Channel.Sms, "a2") with { PlannedFor = new DateTimeOffset(2027, 9, 5, 3, 50, 0, TimeSpan.Zero) }; // 23:50 on the 4th
        clock.SetUtcNow(late.PlannedFor!.Value);
        await dispatcher.DispatchAsync(late, CancellationToken.None);

        ledger.Preset["s1"] = ClaimResult.ClaimedAfterCrash;
        clock.SetUtcNow(new DateTimeOffset(2027, 9, 5, 4, 10, 0, TimeSpan.Zero)); // 01:10 -03 on the 5th
        await dispatcher.DispatchAsync(late, CancellationToken.None);

        Assert.Equal(["a1"], senders.Texts);
        Assert.Equal(1, (await caps.GetAsync("s1", Channel.Sms, new DateOnly(2027, 9, 4), CancellationToken.None)).Count);
        Assert.Equal(0, (await caps.GetAsync("s1", Channel.Sms, new DateOnly(2027, 9, 5), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_permanent_failure_gives_its_place_back()
    {
        var dispatcher = Dispatcher(Capped(email: null, sms: 1));
        senders.FailNext = true;
        await dispatcher.DispatchAsync(Batch(Channel.Sms, "a1"), CancellationToken.None);

        Assert.Equal(0, (await caps.GetAsync("s1", Channel.Sms, new DateOnly(2026, 11, 30), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Subscribers_without_a_cap_are_not_counted()
    {
        var dispatcher = Dispatcher(Samples.Subscriber() with { Preferences = DeliveryPreferences.AsItHappens });

        await dispatcher.DispatchAsync(Batch(Channel.Email, "a1"), CancellationToken.None);

        Assert.Equal(0, caps.Writes);
        Assert.Equal(["a1"], senders.Emails);
    }

    private static NewsAlerts.Core.Subscribers.Subscriber Capped(int? email, int? sms, string zone = "Europe/London", TimeOnly? overflowAt = null) =>
        Samples.Subscriber() with
        {
            TimeZone = zone,
            Preferences = DeliveryPreferences.AsItHappens with
            {
                Email = DeliveryPreferences.AsItHappens.Email with { At = overflowAt ?? DeliveryPreferences.AsItHappens.Email.At },
                Caps = new DailyCaps(email, sms),
            },
        };

    private static DeliveryBatch Batch(Channel channel, string articleId, params string[] subscriberIds) =>
        new(channel, 0, Samples.Content() with { ArticleId = articleId }, [.. (subscriberIds.Length == 0 ? ["s1"] : subscriberIds).Select(id => new BatchRecipient(id, "Aleppo"))]);

    private async Task<List<NewsAlerts.Core.Digests.DigestEntry>> All()
    {
        var entries = new List<NewsAlerts.Core.Digests.DigestEntry>();
        foreach (var due in await digests.DueTimesAsync(DateTimeOffset.MaxValue, CancellationToken.None))
        {
            await foreach (var entry in digests.ListAsync(due, CancellationToken.None))
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private BatchDispatcher Dispatcher(NewsAlerts.Core.Subscribers.Subscriber subscriber, bool withDigests = true) => Dispatcher([subscriber], withDigests);

    private BatchDispatcher Dispatcher(IReadOnlyList<NewsAlerts.Core.Subscribers.Subscriber> subscribers, bool withDigests = true)
    {
        var signer = new TokenSigner(RandomNumberGenerator.GetBytes(32), clock);
        return new BatchDispatcher(
            new SubscriberDirectory(new InMemorySubscribers([.. subscribers])),
            ledger,
            new NewsAlerts.Core.Tests.Feeds.InMemoryArticles(),
            senders,
            senders,
            new AlertLinks(new AlertsOptions { PublicBaseUrl = new Uri("https://alerts.example.com/") }, signer),
            new NewsAlerts.Core.Suppression.SuppressionList(new InMemorySuppressions(), signer, clock),
            new NewsAlerts.Core.Telemetry.AlertMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()),
            clock,
            caps: caps,
            digests: withDigests ? digests : null)
        {
            Parallelism = 1,
        };
    }

    private sealed class Senders : IEmailSender, ISmsSender
    {
        private readonly ConcurrentQueue<string> emails = new();
        private readonly ConcurrentQueue<string> texts = new();

        public bool FailNext { get; set; }

        public IReadOnlyList<string> Emails => [.. emails];

        public IReadOnlyList<string> Texts => [.. texts];

        public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            emails.Enqueue(request.Content.ArticleId);
            return Task.FromResult(SendOutcome.Sent($"<{request.Content.ArticleId}@example.com>"));
        }

        public Task<SendOutcome> SendAsync(SmsAlertRequest request, CancellationToken cancellationToken)
        {
            if (FailNext)
            {
                FailNext = false;
                return Task.FromResult(SendOutcome.Permanent("number not reachable", "21610"));
            }

            texts.Enqueue(request.Content.ArticleId);
            return Task.FromResult(SendOutcome.Sent($"SM{request.Content.ArticleId}"));
        }
    }
}
