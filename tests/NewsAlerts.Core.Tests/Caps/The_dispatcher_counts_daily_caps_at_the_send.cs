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
            ["daily sms cap of 1 reached", "daily email cap of 2 reached; in the digest due 2026-12-01T07:00Z", "daily sms cap of 1 reached"],
            held);
    }

    [Fact]
    public async Task Without_a_digest_store_an_email_over_the_cap_is_held()
    {
        var dispatcher = Dispatcher(Capped(email: 1, sms: null), withDigests: false);

        await dispatcher.DispatchAsync(Batch(Channel.Email, "a1"), CancellationToken.None);
        var outcome = await dispatcher.DispatchAsync(Batch(Channel.Email, "a2"), CancellationToken.None);

        Assert.Equal((0, 1), (outcome.Sent, outcome.Skipped));
        Assert.Equal(new LedgerRecord("s1", LedgerState.HeldByCap, null, "daily email cap of 1 reached"), ledger.Records.Last());
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

    private static NewsAlerts.Core.Subscribers.Subscriber Capped(int? email, int? sms, string zone = "Europe/London") =>
        Samples.Subscriber() with { TimeZone = zone, Preferences = DeliveryPreferences.AsItHappens with { Caps = new DailyCaps(email, sms) } };

    private static DeliveryBatch Batch(Channel channel, string articleId) =>
        new(channel, 0, Samples.Content() with { ArticleId = articleId }, [new BatchRecipient("s1", "Aleppo")]);

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

    private BatchDispatcher Dispatcher(NewsAlerts.Core.Subscribers.Subscriber subscriber, bool withDigests = true)
    {
        var signer = new TokenSigner(RandomNumberGenerator.GetBytes(32), clock);
        return new BatchDispatcher(
            new SubscriberDirectory(new InMemorySubscribers([subscriber])),
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
