namespace NewsAlerts.Core.Tests.Policy;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;

public sealed class Planning_under_the_policy_splits_an_article_into_now_later_digest_and_held
{
    private static readonly DateTimeOffset LateEvening = new(2026, 11, 30, 23, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan StaleAfter = TimeSpan.FromHours(9);
    private static readonly Article Story = new("urn:a", 1, "Truce extended", "Body", null, "Wire", "en", [], 2, null, LateEvening);
    private static readonly DeliveryPreferences Immediate = DeliveryPreferences.Default with { Email = EmailSchedule.Default with { Frequency = EmailFrequency.Immediate } };
    private static readonly QuietHours Night = new(new TimeOnly(22, 0), new TimeOnly(7, 0), false);

    [Fact]
    public void Subscribers_who_want_everything_at_once_get_exactly_the_batches_of_the_plain_planner()
    {
        var random = new Random(15);
        var statuses = new[] { ContactStatus.Confirmed, ContactStatus.Pending, ContactStatus.OptedOut, ContactStatus.None };
        // Half chose "immediate", half have no preferences stored (saved before preferences existed): both hear it at once.
        var matches = Enumerable.Range(0, 300).Select(i => Match(
            $"s{i:D3}", i % 3 == 0 ? null : Immediate, statuses[random.Next(statuses.Length)], statuses[random.Next(statuses.Length)], smsMaxUrgency: random.Next(1, 10),
            timeZone: i % 2 == 0 ? "Europe/London" : "America/Santiago")).ToList();
        bool Suppressed(Channel channel, string contact) => contact.EndsWith('7');
        bool Settled(Channel channel, string id) => channel == Channel.Sms && id.EndsWith('3');

        var plain = AlertPlanner.Plan(Story, matches, batchSize: 40, Suppressed, Settled);
        var policy = PolicyPlanner.Plan(Story, matches, LateEvening, StaleAfter, batchSize: 40, suppressed: Suppressed, settled: Settled);

        Assert.NotEmpty(plain);
        Assert.Equal(plain.Select(b => b.MessageId), policy.Immediate.Select(b => b.MessageId));
        Assert.Equal(plain.Select(b => b.Recipients.Count), policy.Immediate.Select(b => b.Recipients.Count));
        Assert.Empty(policy.Scheduled);
        Assert.Empty(policy.DigestEntries);
        Assert.Empty(policy.Held);
    }

    [Fact]
    public void A_subscriber_with_the_default_preferences_gets_a_digest_entry_for_seven_their_time_and_no_email_now()
    {
        var plan = PolicyPlanner.Plan(Story, [Match("s1", DeliveryPreferences.Default, email: ContactStatus.Confirmed, sms: ContactStatus.None, timeZone: "America/Santiago")], LateEvening, StaleAfter);

        Assert.Empty(plan.Immediate);
        var entry = Assert.Single(plan.DigestEntries);
        Assert.Equal(("s1", "urn:a", new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero)), (entry.SubscriberId, entry.ArticleId, entry.DueAt)); // 07:00 -03
    }

    [Fact]
    public void Texts_in_quiet_hours_are_scheduled_for_each_zones_end_in_separate_batches()
    {
        var quiet = Immediate with { QuietHours = Night };
        var matches = new[]
        {
            Match("s1", quiet, ContactStatus.None, ContactStatus.Confirmed, timeZone: "Europe/London"),
            Match("s2", quiet, ContactStatus.None, ContactStatus.Confirmed, timeZone: "Europe/Paris"),
            Match("s3", quiet, ContactStatus.None, ContactStatus.Confirmed, timeZone: "Europe/London"),
            Match("s4", Immediate, ContactStatus.None, ContactStatus.Confirmed, timeZone: "Europe/London"),
        };

        var plan = PolicyPlanner.Plan(Story, matches, LateEvening, StaleAfter);

        Assert.Equal(["s4"], plan.Immediate.Single().Recipients.Select(r => r.SubscriberId));
        Assert.Equal(
            [(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero), "s2"), (new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero), "s1,s3")],
            plan.Scheduled.Select(s => (s.At, string.Join(',', s.Batch.Recipients.Select(r => r.SubscriberId)))));
        Assert.Equal(3, plan.Immediate.Concat(plan.Scheduled.Select(s => s.Batch)).Select(b => b.MessageId).Distinct().Count());
        Assert.Equal(3, plan.ScheduledCount);
    }

    [Fact]
    public void Held_texts_are_listed_and_a_text_and_an_email_falling_to_one_digest_make_one_entry()
    {
        var capped = DeliveryPreferences.Default with { Caps = new DailyCaps(null, 1) };
        var matches = new[]
        {
            Match("s1", capped, ContactStatus.Confirmed, ContactStatus.Confirmed),
            Match("s2", capped, ContactStatus.None, ContactStatus.Confirmed),
            Match("s3", Immediate with { QuietHours = Night }, ContactStatus.None, ContactStatus.Confirmed),
        };
        var old = Story with { PublishedAt = LateEvening.AddHours(-2) }; // 10 h old when quiet hours end

        var plan = PolicyPlanner.Plan(old, matches, LateEvening, StaleAfter, sentToday: (channel, _) => channel == Channel.Sms ? 1 : 0);

        // s1's email digest carries the story, so its capped text is held rather than making a second entry.
        Assert.Equal(["s1"], plan.DigestEntries.Select(e => e.SubscriberId));
        Assert.Equal([("s1", PolicyDecisionKind.HeldByCap), ("s2", PolicyDecisionKind.HeldByCap), ("s3", PolicyDecisionKind.HeldStale)], plan.Held.Select(h => (h.SubscriberId, h.Kind)));
        Assert.Equal(2, plan.HeldCount(Channel.Sms, PolicyDecisionKind.HeldByCap));
        Assert.Equal(0, plan.ImmediateCount(Channel.Sms));
    }

    [Fact]
    public void A_story_that_reaches_them_by_email_is_not_brought_back_in_a_digest_by_a_held_text()
    {
        // Immediate email, quiet hours 22:00-07:00, a story 10 h old by their end: the email goes now and the stale text
        // is held; before, the text fell to the next morning's digest and the story came a second time.
        var preferences = Immediate with { QuietHours = Night };
        var old = Story with { PublishedAt = LateEvening.AddHours(-2) };
        var both = Match("s1", preferences, ContactStatus.Confirmed, ContactStatus.Confirmed);

        var fresh = PolicyPlanner.Plan(old, [both], LateEvening, StaleAfter);
        var alreadyEmailed = PolicyPlanner.Plan(old, [both], LateEvening, StaleAfter, settled: (channel, _) => channel == Channel.Email);
        var textOnly = PolicyPlanner.Plan(old, [Match("s1", preferences, ContactStatus.None, ContactStatus.Confirmed)], LateEvening, StaleAfter);

        Assert.Equal([Channel.Email], fresh.Immediate.Select(b => b.Channel));
        Assert.Empty(fresh.DigestEntries);
        Assert.Equal([("s1", Channel.Sms, PolicyDecisionKind.HeldStale)], fresh.Held.Select(h => (h.SubscriberId, h.Channel, h.Kind)));
        Assert.EndsWith("the story reaches them by email", fresh.Held.Single().Reason, StringComparison.Ordinal);
        Assert.Empty(alreadyEmailed.Immediate);
        Assert.Empty(alreadyEmailed.DigestEntries);
        Assert.Equal([PolicyDecisionKind.HeldStale], alreadyEmailed.Held.Select(h => h.Kind));
        Assert.Equal([PolicyDecisionKind.HeldStale], textOnly.Held.Select(h => h.Kind));
    }

    [Fact]
    public void A_topic_override_applies_to_matches_of_that_topic_only()
    {
        var preferences = DeliveryPreferences.Default with
        {
            Topics = new Dictionary<string, TopicPreferences> { ["t2"] = new(EmailSchedule.Default with { Frequency = EmailFrequency.Immediate }, SmsMaxUrgency: 1) },
        };

        var viaT2 = PolicyPlanner.Plan(Story, [Match("s1", preferences, ContactStatus.Confirmed, ContactStatus.Confirmed, topicId: "t2")], LateEvening, StaleAfter);
        var viaT1 = PolicyPlanner.Plan(Story, [Match("s1", preferences, ContactStatus.Confirmed, ContactStatus.Confirmed, topicId: "t1")], LateEvening, StaleAfter);

        Assert.Equal([Channel.Email], viaT2.Immediate.Select(b => b.Channel)); // urgency 2 is below t2's SMS threshold 1
        Assert.Empty(viaT2.DigestEntries);
        Assert.Equal([Channel.Sms], viaT1.Immediate.Select(b => b.Channel));
        Assert.Equal("t1", Assert.Single(viaT1.DigestEntries).TopicId);
    }

    [Fact]
    public void Reach_counts_each_outcome_per_channel()
    {
        var capped = DeliveryPreferences.Default with { Caps = new DailyCaps(null, 0) };
        var matches = new[]
        {
            Match("s1", Immediate, ContactStatus.Confirmed, ContactStatus.Confirmed),
            Match("s2", DeliveryPreferences.Default, ContactStatus.Confirmed, ContactStatus.None),
            Match("s3", Immediate with { QuietHours = Night }, ContactStatus.None, ContactStatus.Confirmed),
            Match("s4", capped, ContactStatus.None, ContactStatus.Confirmed),
        };

        var plan = PolicyPlanner.Plan(Story, matches, LateEvening, StaleAfter);
        var reach = PolicyPlanner.ReachOf(matches, plan);

        Assert.Equal(
            new Reach(4, 4, EmailAlerts: 1, SmsAlerts: 1, Batches: 3, EmailDigestEntries: 1, SmsScheduled: 1, SmsHeldByCap: 1, SmsHeldStale: 0,
                Outcomes: new MatchedOutcomes(Now: 1, AfterQuietHours: 1, Digest: 1, HeldByCap: 1),
                SmsScheduledUntil: Assert.Single(plan.Scheduled).At, EmailDigestEntryParts: new DigestEntryParts(Chosen: 1)),
            reach);
    }

    [Fact]
    public void What_the_caps_hint_says_holds_an_email_over_the_cap_waits_for_the_digest_and_a_text_is_held()
    {
        // The /manage hint (PageStrings CapsHint, trial r31 defect 7): extra emails go into the next digest; extra texts
        // are not sent, and the story reaches a subscriber with a confirmed address by email. Never a text in a digest.
        var capped = Immediate with { Caps = new DailyCaps(1, 1) };
        var matches = new[]
        {
            Match("s1", capped, ContactStatus.Confirmed, ContactStatus.Confirmed),
            Match("s2", capped, ContactStatus.None, ContactStatus.Confirmed),
        };

        var plan = PolicyPlanner.Plan(Story, matches, LateEvening, StaleAfter, sentToday: (_, _) => 1);

        Assert.Empty(plan.Immediate);
        Assert.Equal(["s1"], plan.DigestEntries.Select(e => e.SubscriberId));
        Assert.Equal(
            [("s1", Channel.Sms, PolicyDecisionKind.HeldByCap), ("s2", Channel.Sms, PolicyDecisionKind.HeldByCap)],
            plan.Held.Select(h => (h.SubscriberId, h.Channel, h.Kind)));
        Assert.EndsWith("the story reaches them by email", plan.Held[0].Reason, StringComparison.Ordinal);
    }

    private static SubscriberMatch Match(
        string id, DeliveryPreferences? preferences, ContactStatus email, ContactStatus sms, int smsMaxUrgency = 2, string timeZone = "Europe/London", string? topicId = null) =>
        new(new Subscriber(id, $"{id}@example.org", email, $"+4474001234{id.Length:D2}{id[^1]}", sms, timeZone, [], smsMaxUrgency, DateTimeOffset.UnixEpoch, Preferences: preferences),
            "truce", "\"truce\" in the headline", 1, topicId);
}
