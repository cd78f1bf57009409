namespace NewsAlerts.Core.Tests.Articles;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.FollowUps;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Core.Tests.Digests;
using NewsAlerts.Core.Tests.Dispatch;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>
/// A story (any version) already sent or pending in a subscriber's digest is not entered into another digest when a
/// later version is flagged as breaking, and the preview does not count it (trial of issue 17: <c>urn:trial:dup1</c>
/// entered for the 02:52 digest, flagged at 02:52:06, entered again for the next day's digest).
/// </summary>
public sealed class A_story_already_in_a_digest_is_not_entered_again
{
    private static readonly DateTimeOffset Published = new(2026, 12, 1, 2, 48, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Published);
    private readonly InMemoryArticles articles = new();
    private readonly InMemoryLedger ledger = new();
    private readonly InMemoryDigestStore digests = new();
    private readonly SubscriberMatcher matcher = new();

    [Theory]
    [InlineData("UTC", 2, 52, false)]
    [InlineData("UTC", 2, 52, true)]
    [InlineData("Pacific/Auckland", 15, 52, false)]
    [InlineData("America/New_York", 21, 52, true)]
    public async Task Flagging_breaking_after_the_digest_time_plans_no_second_entry(string zone, int hour, int minute, bool digestSent)
    {
        matcher.Upsert(DigestSubscriber("d1", zone, hour, minute));
        var ingestion = Ingestion();
        await ingestion.IngestAsync(Version(1, urgency: 4), dryRun: false, CancellationToken.None);
        var first = Assert.Single(await EntriesAsync());
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 2, 52, 0, TimeSpan.Zero), first.DueAt);
        if (digestSent)
        {
            await digests.MarkSentAsync(first.DueAt, "d1", [first.ArticleId], CancellationToken.None);
        }

        time.Advance(TimeSpan.FromSeconds(4 * 60 + 6));
        var preview = await ingestion.IngestAsync(Version(2, urgency: 1), dryRun: true, CancellationToken.None);
        var flagged = await ingestion.IngestAsync(Version(2, urgency: 1), dryRun: false, CancellationToken.None);

        Assert.Equal(VersionDecision.Upgrade, flagged.Decision);
        Assert.Equal(0, preview.Reach.EmailDigestEntries);
        Assert.Equal(0, flagged.Reach.EmailDigestEntries);
        Assert.Equal(0, flagged.Reach.EmailAlerts);
        Assert.Equal([first.DueAt], (await EntriesAsync()).Select(e => e.DueAt));
    }

    [Fact]
    public async Task Each_subscriber_is_counted_once_and_only_those_without_the_story_get_an_entry()
    {
        matcher.Upsert(DigestSubscriber("d1", "UTC", 2, 52));
        matcher.Upsert(DigestSubscriber("d2", "Europe/London", 2, 52));
        var ingestion = Ingestion();
        await ingestion.IngestAsync(Version(1, urgency: 4), dryRun: false, CancellationToken.None);
        Assert.Equal(["d1", "d2"], (await EntriesAsync()).Select(e => e.SubscriberId).Order(StringComparer.Ordinal));

        // Someone who signed up since has not had the story: the breaking version goes into their digest.
        matcher.Upsert(DigestSubscriber("d3", "UTC", 7, 0));
        time.Advance(TimeSpan.FromMinutes(1));
        var preview = await ingestion.IngestAsync(Version(2, urgency: 1), dryRun: true, CancellationToken.None);
        await ingestion.IngestAsync(Version(2, urgency: 1), dryRun: false, CancellationToken.None);

        Assert.Equal(1, preview.Reach.EmailDigestEntries);
        Assert.Equal(3, (await EntriesAsync()).Count);
        Assert.Equal(["d1", "d2", "d3"], (await EntriesAsync()).Select(e => e.SubscriberId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_correction_of_a_story_pending_in_a_digest_plans_no_entry()
    {
        matcher.Upsert(DigestSubscriber("d1", "UTC", 2, 52));
        var ingestion = Ingestion();
        await ingestion.IngestAsync(Version(1, urgency: 4), dryRun: false, CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(1));
        var corrected = await ingestion.IngestAsync(Version(2, urgency: 4) with { Body = "Talks resume on Friday." }, dryRun: false, CancellationToken.None);

        Assert.Equal(VersionDecision.Correction, corrected.Decision);
        Assert.Equal(0, corrected.Reach.EmailDigestEntries);
        Assert.Single(await EntriesAsync());
    }

    private async Task<List<DigestEntry>> EntriesAsync()
    {
        var entries = new List<DigestEntry>();
        await foreach (var entry in digests.ForArticleAsync("urn:trial:dup1", CancellationToken.None))
        {
            entries.Add(entry);
        }

        return entries;
    }

    private static Subscriber DigestSubscriber(string id, string zone, int hour, int minute) =>
        Samples.Subscriber(id, sms: ContactStatus.None) with
        {
            Phone = null,
            TimeZone = zone,
            Preferences = DeliveryPreferences.Default with { Email = new EmailSchedule(EmailFrequency.Daily, new TimeOnly(hour, minute), DayOfWeek.Monday) },
        };

    private Article Version(int version, int urgency) =>
        new("urn:trial:dup1", version, "Truce in Aleppo", "Talks resume.", null, "Example", "en", [], urgency, null, time.GetUtcNow(), null);

    private ArticleIngestion Ingestion()
    {
        var unreachable = new Unreachable();
        var meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        var suppressions = new SuppressionList(new InMemorySuppressions(), new TokenSigner(new byte[32], time), time);
        var planned = new InMemoryPlannedAlerts();
        return new ArticleIngestion(
            articles, matcher, new PlanDelivery(unreachable, digests, ledger, planned), suppressions, ledger, new AlertMetrics(meters),
            new DeliveryPolicySettings(TimeSpan.FromHours(4)), time,
            new FollowUpDelivery(ledger, digests, matcher, new InMemorySubscribers([]), suppressions, unreachable), planned, digests: digests);
    }
}
