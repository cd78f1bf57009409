namespace NewsAlerts.Core.Tests.Policy;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Trial r37: a newer version's preview counted every subscriber an earlier version had a record for as one line,
/// "reached them or is on its way", texts a daily cap had stopped included. The line is split by where each record
/// stands (<see cref="EarlierRecords"/>): sent, being sent, after quiet hours (from when), in a digest (next due), and
/// not sent with the ledger's why; the parts add up to the one count.
/// </summary>
public sealed class Already_reached_subscribers_are_split_by_what_the_records_say
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 14, 0, 0, TimeSpan.Zero);
    private static readonly Article Breaking = new("urn:a", 2, "Truce holds", "Text", null, "Wire", "en", [], 1, null, Now);
    private static readonly DeliveryPreferences Immediate = DeliveryPreferences.AsItHappens;

    [Fact]
    public void Each_record_counts_where_it_stands_and_the_parts_add_up()
    {
        var digestDue = Now.AddHours(17);
        var quietEnd = Now.AddHours(3);
        var matches = new[]
        {
            Match("a-sent", email: true, phone: false),
            Match("b-delivered", email: false, phone: true),
            Match("c-claimed", email: true, phone: false),
            Match("d-queued-now", email: true, phone: false),
            Match("e-quiet", email: false, phone: true),
            Match("f-digest", email: true, phone: false),
            Match("g-digest-sent", email: true, phone: false),
            Match("h-capped", email: false, phone: true),
            Match("i-suppressed", email: true, phone: false),
            Match("j-failed", email: true, phone: false),
        };
        var ledger = new Dictionary<Channel, IReadOnlyDictionary<string, LedgerEntry>>
        {
            [Channel.Email] = Rows(Channel.Email, ("a-sent", LedgerState.Sent, null), ("c-claimed", LedgerState.Claimed, null),
                ("i-suppressed", LedgerState.Skipped, "contact suppressed"), ("j-failed", LedgerState.Failed, "550 mailbox unavailable")),
            [Channel.Sms] = Rows(Channel.Sms, ("b-delivered", LedgerState.Delivered, null), ("h-capped", LedgerState.HeldByCap, "over the daily cap")),
        };
        DigestEntry[] digests =
        [
            new("f-digest", digestDue, "urn:a", null, "r", Now),
            new("f-digest", digestDue.AddDays(1), "urn:a", null, "r", Now),
            new("g-digest-sent", Now.AddHours(-1), "urn:a", null, "r", Now, DigestEntryState.Sent),
        ];
        var planned = new Dictionary<Channel, IReadOnlyDictionary<string, DateTimeOffset?>>
        {
            [Channel.Email] = new Dictionary<string, DateTimeOffset?> { ["d-queued-now"] = Now.AddMinutes(-1), ["a-sent"] = Now.AddMinutes(-5) },
            [Channel.Sms] = new Dictionary<string, DateTimeOffset?> { ["e-quiet"] = quietEnd },
        };

        var plan = PolicyPlanner.Plan(Breaking, matches, Now, TimeSpan.FromHours(9), earlier: EarlierRecords.Of(ledger, digests, planned, Now));
        var outcomes = plan.Outcomes;

        Assert.Equal(matches.Length, outcomes.AlreadySent);
        var earlier = outcomes.Earlier!;
        Assert.Equal((3, 2, 1, (DateTimeOffset?)quietEnd, 1, (DateTimeOffset?)digestDue), (earlier.Sent, earlier.Sending, earlier.AfterQuietHours, earlier.QuietHoursEndFirst, earlier.InDigest, earlier.NextDigest));
        Assert.Equal([new("Failed", 1), new("HeldByCap", 1), new NotSentCount("Skipped: contact suppressed", 1)], earlier.NotSent);
        // A dry run and the real run compare equal (the API's tests compare their reach), the not-sent counts included.
        Assert.Equal(outcomes, PolicyPlanner.Plan(Breaking, matches, Now, TimeSpan.FromHours(9), earlier: EarlierRecords.Of(ledger, digests, planned, Now)).Outcomes);
        Assert.Equal(outcomes.AlreadySent, earlier.Total);
        Assert.Empty(plan.Immediate);
    }

    [Fact]
    public void A_subscriber_with_records_on_both_channels_is_counted_once_by_the_one_that_went_furthest()
    {
        var matches = new[] { Match("k-both", email: true, phone: true) };
        var ledger = new Dictionary<Channel, IReadOnlyDictionary<string, LedgerEntry>>
        {
            [Channel.Email] = Rows(Channel.Email, ("k-both", LedgerState.Sent, null)),
            [Channel.Sms] = Rows(Channel.Sms, ("k-both", LedgerState.HeldByCap, "over the daily cap")),
        };

        var plan = PolicyPlanner.Plan(Breaking, matches, Now, TimeSpan.FromHours(9), earlier: EarlierRecords.Of(ledger, [], new Dictionary<Channel, IReadOnlyDictionary<string, DateTimeOffset?>>(), Now));

        Assert.Equal(1, plan.Outcomes.Earlier!.Sent);
        Assert.Equal(1, plan.Outcomes.Earlier.Total);
    }

    [Fact]
    public void A_queued_text_without_a_recorded_time_is_on_its_way_not_after_quiet_hours()
    {
        var earlier = EarlierRecords.Of(
            new Dictionary<Channel, IReadOnlyDictionary<string, LedgerEntry>>(), [],
            new Dictionary<Channel, IReadOnlyDictionary<string, DateTimeOffset?>> { [Channel.Sms] = new Dictionary<string, DateTimeOffset?> { ["x"] = null } }, Now);

        Assert.Equal(new EarlierRecord(EarlierStanding.Sending), earlier(Channel.Sms, "x"));
        Assert.Null(earlier(Channel.Email, "x"));
        Assert.Null(earlier(Channel.Sms, "y"));
    }

    [Fact]
    public void Without_records_the_plan_has_no_split()
    {
        var plan = PolicyPlanner.Plan(Breaking, [Match("a", email: true, phone: false)], Now, TimeSpan.FromHours(9), settled: (_, _) => true);

        Assert.Equal(1, plan.Outcomes.AlreadySent);
        Assert.Null(plan.Outcomes.Earlier);
    }

    private static Dictionary<string, LedgerEntry> Rows(Channel channel, params (string Id, LedgerState State, string? Reason)[] rows) =>
        rows.ToDictionary(r => r.Id, r => new LedgerEntry(r.Id, channel, r.State, r.Reason, Now), StringComparer.Ordinal);

    private static SubscriberMatch Match(string id, bool email, bool phone) =>
        new(new Subscriber(id, email ? $"{id}@example.org" : null, email ? ContactStatus.Confirmed : ContactStatus.None,
                phone ? "+447400123456" : null, phone ? ContactStatus.Confirmed : ContactStatus.None, "UTC", [], 1, DateTimeOffset.UnixEpoch, Preferences: Immediate),
            "truce", "\"truce\" in the headline", 1, null);
}
