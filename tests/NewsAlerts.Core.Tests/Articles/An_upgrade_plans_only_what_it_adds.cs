namespace NewsAlerts.Core.Tests.Articles;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Tests.Dispatch;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>
/// Found in a user trial: flagging a story as breaking while its email alert was still queued (no ledger row until the
/// dispatcher claims it) planned the email again, and the story's counts kept one email "queued" for good. An upgrade
/// plans only what it adds: never an alert the stored version still has on its way, in the queue, after quiet hours, in
/// a digest, or anywhere in the ledger.
/// </summary>
public sealed class An_upgrade_plans_only_what_it_adds
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Flagging_breaking_while_the_email_is_queued_plans_only_the_text()
    {
        var (ingestion, publisher) = Ingestion(Samples.Subscriber("s1"));
        await ingestion.IngestAsync(Version(1, urgency: 3), dryRun: false, CancellationToken.None);
        Assert.Equal(["Email:s1"], publisher.Planned());

        var preview = await ingestion.IngestAsync(Version(2, urgency: 1), dryRun: true, CancellationToken.None);
        var upgrade = await ingestion.IngestAsync(Version(2, urgency: 1), dryRun: false, CancellationToken.None);

        Assert.Equal(VersionDecision.Upgrade, upgrade.Decision);
        Assert.Equal((0, 1), (upgrade.Reach.EmailAlerts, upgrade.Reach.SmsAlerts));
        Assert.Equal(upgrade.Reach, preview.Reach);
        Assert.Equal(["Email:s1", "Sms:s1"], publisher.Planned());
    }

    [Fact]
    public async Task Flagging_twice_plans_nothing_the_second_time()
    {
        var (ingestion, publisher) = Ingestion(Samples.Subscriber("s1"));
        await ingestion.IngestAsync(Version(1, urgency: 3), dryRun: false, CancellationToken.None);
        await ingestion.IngestAsync(Version(2, urgency: 2), dryRun: false, CancellationToken.None);
        var again = await ingestion.IngestAsync(Version(3, urgency: 1), dryRun: false, CancellationToken.None);

        Assert.Equal(VersionDecision.Upgrade, again.Decision);
        Assert.Equal((0, 0), (again.Reach.EmailAlerts, again.Reach.SmsAlerts));
        Assert.Equal(["Email:s1", "Sms:s1"], publisher.Planned());
    }

    [Fact]
    public async Task A_subscriber_whose_threshold_the_upgrade_passes_gets_the_text_and_others_nothing_twice()
    {
        var (ingestion, publisher) = Ingestion(
            Samples.Subscriber("texted"), Samples.Subscriber("email-only", sms: NewsAlerts.Core.Subscribers.ContactStatus.None),
            Samples.Subscriber("strict") with { SmsMaxUrgency = 1 });
        await ingestion.IngestAsync(Version(1, urgency: 2), dryRun: false, CancellationToken.None);
        Assert.Equal(["Email:email-only", "Email:strict", "Email:texted", "Sms:texted"], publisher.Planned());

        var upgrade = await ingestion.IngestAsync(Version(2, urgency: 1), dryRun: false, CancellationToken.None);

        Assert.Equal((0, 1), (upgrade.Reach.EmailAlerts, upgrade.Reach.SmsAlerts));
        Assert.Equal(["Email:email-only", "Email:strict", "Email:texted", "Sms:strict", "Sms:texted"], publisher.Planned());
    }

    // Review of the fix: the stored version's plan made again over today's index also named people who signed up since,
    // so an upgrade left them out though nothing of the story had reached them.
    [Fact]
    public async Task Someone_who_signed_up_after_the_stored_version_gets_the_upgrade()
    {
        var matcher = new NewsAlerts.Core.Matching.SubscriberMatcher();
        var publisher = new RecordingPublisher();
        var ingestion = TestIngestions.Create(new InMemoryArticles(), new InMemoryLedger(), publisher, time, [Samples.Subscriber("early")], matcher: matcher);
        await ingestion.IngestAsync(Version(1, urgency: 3), dryRun: false, CancellationToken.None);
        Assert.Equal(["Email:early"], publisher.Planned());

        time.Advance(TimeSpan.FromMinutes(5));
        matcher.Upsert(Samples.Subscriber("late") with { CreatedAt = time.GetUtcNow() });
        var upgrade = await ingestion.IngestAsync(Version(2, urgency: 1), dryRun: false, CancellationToken.None);

        Assert.Equal((1, 2), (upgrade.Reach.EmailAlerts, upgrade.Reach.SmsAlerts));
        Assert.Equal(["Email:early", "Email:late", "Sms:early", "Sms:late"], publisher.Planned());
    }

    [Theory]
    [InlineData(LedgerState.Claimed)]
    [InlineData(LedgerState.Retrying)]
    [InlineData(LedgerState.Sent)]
    [InlineData(LedgerState.Failed)]
    [InlineData(LedgerState.DeadLettered)]
    [InlineData(LedgerState.HeldStale)]
    public void An_alert_with_a_ledger_row_in_any_state_is_already_planned(LedgerState state)
    {
        var rows = new Dictionary<Channel, IReadOnlySet<string>> { [Channel.Email] = new HashSet<string> { "s1" }, [Channel.Sms] = new HashSet<string>() };
        var earlier = EarlierAlerts.Of(rows, new Dictionary<Channel, IReadOnlySet<string>>());

        Assert.True(earlier(Channel.Email, "s1"), state.ToString());
        Assert.False(earlier(Channel.Sms, "s1"));
        Assert.False(earlier(Channel.Email, "s2"));
    }

    [Fact]
    public async Task Queued_and_scheduled_alerts_of_every_earlier_version_are_already_planned()
    {
        // Version 1 queued both emails; version 2 (breaking) their texts, quiet's scheduled for the end of their quiet hours.
        var quiet = Samples.Subscriber("quiet") with
        {
            Preferences = NewsAlerts.Core.Policy.DeliveryPreferences.AsItHappens with { QuietHours = new QuietHours(new TimeOnly(11, 0), new TimeOnly(14, 0), FlashThrough: false) },
        };
        var (ingestion, publisher) = Ingestion(quiet, Samples.Subscriber("s2"));
        await ingestion.IngestAsync(Version(1, urgency: 3), dryRun: false, CancellationToken.None);
        await ingestion.IngestAsync(Version(2, urgency: 2), dryRun: false, CancellationToken.None);
        var third = await ingestion.IngestAsync(Version(3, urgency: 1), dryRun: false, CancellationToken.None);

        Assert.Equal(VersionDecision.Upgrade, third.Decision);
        Assert.Equal((0, 0, 0), (third.Reach.EmailAlerts, third.Reach.SmsAlerts, third.Reach.SmsScheduled));
        Assert.Equal(["Email:quiet", "Email:s2", "Sms:quiet", "Sms:s2"], publisher.Planned());
    }

    // Review (issue 17): the stored version's plan was made again under today's settings, so someone who changed them
    // since was judged as if they had had them then. Only what was recorded (ledger, planned batches, digests) counts.
    [Fact]
    public async Task Someone_who_switched_from_immediate_to_a_digest_while_the_email_was_queued_gets_no_second_email()
    {
        var matcher = new NewsAlerts.Core.Matching.SubscriberMatcher();
        var publisher = new RecordingPublisher();
        var digests = new NewsAlerts.Core.Tests.Digests.InMemoryDigestStore();
        var ingestion = TestIngestions.Create(new InMemoryArticles(), new InMemoryLedger(), publisher, time, [Samples.Subscriber("s1")], digests, matcher);
        await ingestion.IngestAsync(Version(1, urgency: 3), dryRun: false, CancellationToken.None);

        matcher.Upsert(Samples.Subscriber("s1") with { Preferences = NewsAlerts.Core.Policy.DeliveryPreferences.Default });
        var upgrade = await ingestion.IngestAsync(Version(2, urgency: 1), dryRun: false, CancellationToken.None);

        Assert.Equal((0, 0, 1), (upgrade.Reach.EmailAlerts, upgrade.Reach.EmailDigestEntries, upgrade.Reach.SmsAlerts));
        Assert.Equal(["Email:s1", "Sms:s1"], publisher.Planned());
        Assert.Empty(await digests.ForArticleAsync("urn:test:1", CancellationToken.None).ToListAsync());
    }

    [Theory]
    [InlineData("texts turned on")]
    [InlineData("text threshold raised")]
    [InlineData("topic now matches")]
    [InlineData("switched from a digest to immediate")]
    public async Task Someone_who_changed_their_settings_since_is_judged_by_what_they_were_sent(string change)
    {
        var before = change switch
        {
            "texts turned on" => Samples.Subscriber("s1", sms: NewsAlerts.Core.Subscribers.ContactStatus.None),
            "text threshold raised" => Samples.Subscriber("s1") with { SmsMaxUrgency = 1 },
            "topic now matches" => Samples.Subscriber("s1") with { Topics = [new NewsAlerts.Core.Subscribers.Topic("t1", "Homs", false)] },
            _ => Samples.Subscriber("s1") with { Preferences = NewsAlerts.Core.Policy.DeliveryPreferences.Default },
        };
        var matcher = new NewsAlerts.Core.Matching.SubscriberMatcher();
        var publisher = new RecordingPublisher();
        var digests = new NewsAlerts.Core.Tests.Digests.InMemoryDigestStore();
        var ingestion = TestIngestions.Create(new InMemoryArticles(), new InMemoryLedger(), publisher, time, [before], digests, matcher);
        await ingestion.IngestAsync(Version(1, urgency: 3), dryRun: false, CancellationToken.None);
        var digested = await digests.ForArticleAsync("urn:test:1", CancellationToken.None).CountAsync();

        matcher.Upsert(Samples.Subscriber("s1") with { SmsMaxUrgency = 3 });
        var upgrade = await ingestion.IngestAsync(Version(2, urgency: 2), dryRun: false, CancellationToken.None);

        // Texts: nothing recorded for version 1 (it was not texted), so the upgrade texts them. Email: only someone whose
        // first alert was not by email (no match then) gets one now; a digest entry already carries the story.
        var emailedNow = change == "topic now matches";
        Assert.Equal((emailedNow ? 1 : 0, 1), (upgrade.Reach.EmailAlerts, upgrade.Reach.SmsAlerts));
        Assert.Equal(change == "switched from a digest to immediate" ? 1 : 0, digested);
        Assert.Equal(change == "switched from a digest to immediate" ? ["Sms:s1"] : ["Email:s1", "Sms:s1"], publisher.Planned());
    }

    private Article Version(int version, int urgency) =>
        new("urn:test:1", version, "Truce in Aleppo", "Talks resume.", null, "Example", "en", [], urgency, null, time.GetUtcNow().AddMinutes(-1), null, null);

    private (ArticleIngestion Ingestion, RecordingPublisher Publisher) Ingestion(params NewsAlerts.Core.Subscribers.Subscriber[] subscribers)
    {
        var publisher = new RecordingPublisher();
        return (TestIngestions.Create(new InMemoryArticles(), new InMemoryLedger(), publisher, time, subscribers), publisher);
    }
}
