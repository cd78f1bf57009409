namespace NewsAlerts.Core.Tests.FollowUps;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.FollowUps;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;

public sealed class Follow_ups_reach_exactly_the_earlier_recipients
{
    private static readonly DateTimeOffset Due = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<(string, Channel), string> Contacts = new()
    {
        [("both", Channel.Email)] = "both@example.org",
        [("both", Channel.Sms)] = "+447700900001",
        [("texted", Channel.Sms)] = "+447700900002",
        [("texted", Channel.Email)] = "texted@example.org",
        [("reader", Channel.Email)] = "reader@example.org",
        [("waiting", Channel.Email)] = "waiting@example.org",
        [("stopped", Channel.Sms)] = "+447700900009",
        [("matched-not-sent", Channel.Email)] = "nope@example.org",
    };

    [Fact]
    public void A_contact_who_got_the_story_by_sms_only_gets_the_follow_up_by_sms_only()
    {
        var plan = Plan(Withdrawn(), [Row("texted", Channel.Sms, LedgerState.Delivered)], []);

        Assert.Equal([new RetractionRecipient("texted", Channel.Sms)], plan.Recipients);
        var batch = Assert.Single(plan.Batches);
        Assert.Equal(Channel.Sms, batch.Channel);
        Assert.Equal(["texted"], batch.Recipients.Select(r => r.SubscriberId));
    }

    [Fact]
    public void Sent_digest_readers_get_an_email_pending_entries_are_dropped_and_nobody_else_hears()
    {
        var ledger = new[]
        {
            Row("both", Channel.Email, LedgerState.Sent),
            Row("both", Channel.Sms, LedgerState.Delivered),
            Row("matched-not-sent", Channel.Email, LedgerState.Failed),
            Row("stopped", Channel.Sms, LedgerState.Sent),
        };
        var entries = new[] { Entry("reader", DigestEntryState.Sent), Entry("waiting", DigestEntryState.Pending) };

        var plan = Plan(Withdrawn(), ledger, entries, suppressed: "+447700900009");

        Assert.Equal(
            [new RetractionRecipient("both", Channel.Email), new RetractionRecipient("both", Channel.Sms), new RetractionRecipient("reader", Channel.Email)],
            plan.Recipients);
        Assert.Equal(["waiting"], plan.DroppedEntries.Select(e => e.SubscriberId));
        Assert.Equal(2, plan.Count(Channel.Email));
        Assert.Equal(1, plan.Count(Channel.Sms));
        Assert.Equal(["both", "reader"], plan.Batches.Single(b => b.Channel == Channel.Email).Recipients.Select(r => r.SubscriberId));
    }

    [Fact]
    public void A_corrected_storys_pending_digest_entries_stay_as_the_digest_shows_the_corrected_version()
    {
        var plan = Plan(Corrected(), [], [Entry("waiting", DigestEntryState.Pending)]);

        Assert.Empty(plan.DroppedEntries);
        Assert.Empty(plan.Batches);
    }

    [Fact]
    public void Follow_ups_are_claimed_apart_from_the_alert_once_per_article_version_kind_and_recipient()
    {
        var ledger = new[] { Row("both", Channel.Email, LedgerState.Sent) };
        var first = Assert.Single(Plan(Withdrawn(), ledger, []).Batches);
        var again = Assert.Single(Plan(Withdrawn(), ledger, []).Batches);
        var corrected = Assert.Single(Plan(Corrected(), ledger, []).Batches);

        Assert.Equal("withdrawn:v2:urn:test:1", first.LedgerKey);
        Assert.Equal(first.LedgerKey, again.LedgerKey);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.NotEqual(first.LedgerKey, corrected.LedgerKey);
        Assert.NotEqual(first.MessageId, corrected.MessageId);
        Assert.Equal("urn:test:1", (first with { Content = first.Content with { Notice = null } }).LedgerKey);
    }

    [Fact]
    public void The_follow_up_says_what_happened_and_any_threshold_takes_it()
    {
        var batch = Assert.Single(Plan(Withdrawn(), [Row("texted", Channel.Sms, LedgerState.Sent)], []).Batches);

        Assert.Equal(NoticeKind.Withdrawn, batch.Content.Notice?.Kind);
        Assert.Equal("The report could not be verified.", batch.Content.Summary);
        Assert.Equal(1, batch.Content.Urgency);
        Assert.False(batch.Content.IsBreaking);
    }

    [Fact]
    public void An_article_without_a_notice_is_refused() =>
        Assert.Throws<ArgumentException>(() => Plan(Withdrawn() with { Notice = null }, [], []));

    private static FollowUpPlan Plan(Article article, IEnumerable<LedgerEntry> ledger, IReadOnlyCollection<DigestEntry> entries, string? suppressed = null) =>
        FollowUpPlanner.Plan(article, ledger, entries, (id, channel) => Contacts.GetValueOrDefault((id, channel)), (_, contact) => contact == suppressed);

    private static Article Withdrawn() => Story(new ArticleNotice(NoticeKind.Withdrawn, "The report could not be verified."));

    private static Article Corrected() => Story(new ArticleNotice(NoticeKind.Corrected, "12, not 120."));

    private static Article Story(ArticleNotice notice) =>
        new("urn:test:1", 2, "Truce in Aleppo", "Talks resume.", null, "Example", "en", [], 4, new Uri("https://example.com/a"), Due, null, notice);

    private static LedgerEntry Row(string id, Channel channel, LedgerState state) => new(id, channel, state, null, null);

    private static DigestEntry Entry(string id, DigestEntryState state) => new(id, Due, "urn:test:1", "t1", "Aleppo", Due, state);
}
