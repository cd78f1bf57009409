namespace NewsAlerts.Core.Tests.FollowUps;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.FollowUps;

/// <summary>
/// Trial finding #6 (issue 16): a major correction's preview did not say that earlier recipients who have since
/// unsubscribed or replied STOP get no follow-up. <see cref="MissedFollowUps.Count"/> counts them, people not contacts.
/// </summary>
public sealed class A_follow_up_counts_who_stopped_alerts_since
{
    private static readonly Dictionary<(string, Channel), string> Contacts = new()
    {
        [("emailed", Channel.Email)] = "emailed@example.org",
        [("unsubscribed", Channel.Email)] = "gone@example.org",
        [("stopped", Channel.Sms)] = "+447700900009",
        [("both", Channel.Email)] = "both@example.org",
        [("both", Channel.Sms)] = "+447700900001",
        [("reader", Channel.Email)] = "reader@example.org",
        [("corrected-already", Channel.Email)] = "new@example.org",
    };

    private static readonly HashSet<string> Suppressed = ["gone@example.org", "+447700900009", "+447700900001", "reader@example.org", "new@example.org"];

    [Fact]
    public void Two_people_who_unsubscribed_or_replied_stop_are_counted_and_reachable_ones_are_not()
    {
        LedgerEntry[] ledger =
        [
            Row("emailed", Channel.Email, LedgerState.Sent),
            Row("unsubscribed", Channel.Email, LedgerState.Delivered),
            Row("stopped", Channel.Sms, LedgerState.Delivered),
        ];

        Assert.Equal(2, Count(ledger, []));
    }

    [Fact]
    public void Someone_who_stopped_texts_but_takes_email_still_gets_it_and_is_not_counted()
    {
        LedgerEntry[] ledger = [Row("both", Channel.Sms, LedgerState.Delivered), Row("both", Channel.Email, LedgerState.Sent)];

        Assert.Equal(0, Count(ledger, []));
        Assert.Equal(1, Count([Row("both", Channel.Sms, LedgerState.Delivered)], []));
    }

    [Fact]
    public void A_person_is_counted_once_however_many_channels_and_versions_reached_them()
    {
        LedgerEntry[] ledger =
        [
            Row("stopped", Channel.Sms, LedgerState.Delivered, 1),
            Row("stopped", Channel.Sms, LedgerState.Sent, 2),
            Row("unsubscribed", Channel.Email, LedgerState.Sent, 1),
        ];

        Assert.Equal(2, Count(ledger, ["unsubscribed"]));
    }

    [Fact]
    public void A_digest_reader_who_unsubscribed_and_a_deleted_subscriber_count()
    {
        Assert.Equal(2, Count([Row("deleted", Channel.Email, LedgerState.Sent)], ["reader"]));
    }

    [Fact]
    public void Who_never_received_it_or_already_had_the_corrected_version_is_not_counted()
    {
        LedgerEntry[] ledger =
        [
            Row("unsubscribed", Channel.Email, LedgerState.Failed),
            Row("stopped", Channel.Sms, LedgerState.Claimed),
            Row("corrected-already", Channel.Email, LedgerState.Sent, 3),
        ];

        Assert.Equal(0, Count(ledger, [], correctedIn: 3));
        Assert.Equal(1, Count(ledger, [], correctedIn: null));
    }

    [Theory]
    [InlineData(NoticeKind.Corrected)]
    [InlineData(NoticeKind.Withdrawn)]
    public void The_plan_of_a_follow_up_carries_the_count_and_the_second_look_adds_none(NoticeKind kind)
    {
        var story = new Article("urn:t:truce", 3, "Truce holds", "Body", null, "Wire", "en", [], 5, null, DateTimeOffset.UnixEpoch, Notice: new ArticleNotice(kind, "note"));
        LedgerEntry[] ledger = [Row("emailed", Channel.Email, LedgerState.Sent, 1), Row("unsubscribed", Channel.Email, LedgerState.Sent, 1), Row("stopped", Channel.Sms, LedgerState.Sent, 2)];

        var plan = FollowUpPlanner.Plan(story, ledger, [], ContactOf, IsSuppressed);
        var late = FollowUpPlanner.Plan(story, ledger, [], ContactOf, IsSuppressed, earlier: plan);

        Assert.Equal(2, plan.Missed);
        Assert.Equal(["emailed"], plan.Recipients.Select(r => r.SubscriberId));
        Assert.Equal(0, late.Missed);
    }

    private static int Count(IEnumerable<LedgerEntry> ledger, IEnumerable<string> readers, int? correctedIn = 2) =>
        MissedFollowUps.Count(ledger, readers, ContactOf, IsSuppressed, correctedIn);

    private static string? ContactOf(string id, Channel channel) => Contacts.GetValueOrDefault((id, channel));

    private static bool IsSuppressed(Channel channel, string contact) => Suppressed.Contains(contact);

    private static LedgerEntry Row(string id, Channel channel, LedgerState state, int? version = null) => new(id, channel, state, null, null, version);
}
