namespace NewsAlerts.Core.Tests.Planning;

using CsCheck;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Trial s44 #5: the dry run said <c>outcomes.heldByCap: 0</c> and <c>emailHeldByCap: 1</c> for one story, and nothing
/// said the capped email was one of the digest entries. For any subscribers and story, the preview's totals are the sums
/// of their parts, and the story page's digest row, counted from the plan's entries, accounts for each entry once.
/// </summary>
public sealed class The_reach_adds_up_to_its_parts
{
    private static readonly DateTimeOffset Day = new(2026, 12, 3, 0, 0, 0, TimeSpan.Zero);
    private static readonly DeliveryPreferences Immediate = DeliveryPreferences.AsItHappens;

    private static readonly DeliveryPreferences?[] Kinds =
    [
        null,
        DeliveryPreferences.Default, // a daily digest
        Immediate,
        Immediate with { Caps = new DailyCaps(1, null) },
        Immediate with { Caps = new DailyCaps(null, 1) },
        Immediate with { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), false) },
        DeliveryPreferences.Default with { QuietHours = new QuietHours(new TimeOnly(20, 0), new TimeOnly(9, 0), true), Caps = new DailyCaps(2, 1) },
    ];

    private static readonly ContactStatus[] Statuses = [ContactStatus.Confirmed, ContactStatus.Confirmed, ContactStatus.OptedOut, ContactStatus.Pending, ContactStatus.None];

    private sealed record Case(int Kind, int Email, int Sms, int SmsMaxUrgency, int SentToday, bool Paused, bool Suppressed, bool PausesAfter);

    private static readonly Gen<Case> OneSubscriber = Gen.Select(
        Gen.Int[0, Kinds.Length - 1], Gen.Int[0, Statuses.Length - 1], Gen.Int[0, Statuses.Length - 1], Gen.Int[1, 9], Gen.Int[0, 2], Gen.Bool, Gen.Bool, Gen.Bool)
        .Select(t => new Case(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6 && t.Item7, t.Item7 && !t.Item6, t.Item8));

    [Fact]
    public void The_preview_totals_are_the_sums_of_their_parts_and_the_digest_row_counts_each_entry_once()
    {
        Gen.Select(OneSubscriber.Array[0, 30], Gen.Int[1, 5], Gen.Int[0, 23]).Sample(t =>
        {
            var (cases, urgency, hour) = t;
            var now = Day.AddHours(hour);
            var story = new Article("urn:a", 1, "Truce extended", "Body", null, "Wire", "en", [], urgency, null, now.AddMinutes(-5));
            var subscribers = cases.Select((c, i) => Subscriber($"s{i:D2}", c, now)).ToList();
            var matches = subscribers.Select(s => new SubscriberMatch(s, "truce", "\"truce\" in the headline", 1)).ToList();
            var sentToday = cases.Select((c, i) => ($"s{i:D2}", c.SentToday)).ToDictionary(p => p.Item1, p => p.Item2);
            bool Suppressed(Channel channel, string contact) => channel == Channel.Email && cases[int.Parse(contact[1..3], System.Globalization.CultureInfo.InvariantCulture)].Suppressed;

            var plan = PolicyPlanner.Plan(story, matches, now, TimeSpan.FromHours(6), (_, id) => sentToday[id], suppressed: Suppressed);
            var reach = PolicyPlanner.ReachOf(matches, plan);

            // Subscribers: one outcome each.
            var outcomes = reach.Outcomes!;
            Assert.Equal(reach.MatchedSubscribers, outcomes.Total);
            Assert.InRange(outcomes.DigestByCap, 0, outcomes.Digest);
            // Digest entries: one reason each; the older figures are the parts they name.
            var parts = reach.EmailDigestEntryParts!;
            Assert.Equal(reach.EmailDigestEntries, parts.Total);
            Assert.Equal(reach.EmailHeldByCap, parts.MovedByEmailCap);
            Assert.Equal(reach.SmsCappedToDigest, parts.MovedBySmsCap);
            // Every subscriber whose outcome is a digest has an entry; those a cap moved there are entries a cap moved.
            Assert.InRange(outcomes.Digest, 0, reach.EmailDigestEntries);
            Assert.InRange(outcomes.DigestByCap, 0, parts.MovedByCap);
            Assert.InRange(outcomes.Now, 0, reach.EmailAlerts + reach.SmsAlerts);
            // Per channel, each subscriber is planned at most once: email now + email entries, and every text's fate.
            Assert.InRange(reach.EmailAlerts + parts.Chosen + parts.MovedByEmailCap, 0, reach.MatchedSubscribers - outcomes.Paused);
            Assert.InRange(
                reach.SmsAlerts + reach.SmsScheduled + reach.SmsHeldByCap + reach.SmsHeldStale + parts.MovedBySmsCap + parts.StaleTexts, 0, reach.MatchedSubscribers - outcomes.Paused);

            // After publishing, the story page's digest row counts each entry once: waiting, or not sent for a pause begun since.
            var pausedSince = subscribers.Select((s, i) => cases[i].PausesAfter ? s with { PausedUntil = now.AddDays(9) } : s).ToDictionary(s => s.Id);
            var tally = DigestDeliveryTally.Of(plan.DigestEntries, _ => null, now, partial: false,
                whyNotSent: e => WaitingDigestEntries.WhyNotSent(pausedSince[e.SubscriberId], emailSuppressed: false, e.DueAt));
            Assert.Equal(reach.EmailDigestEntries, tally.Counted);
            Assert.Equal(tally.Counted, tally.Waiting + tally.NotSent + tally.Due);
            Assert.Equal(plan.DigestEntries.Count(e => cases[int.Parse(e.SubscriberId[1..], System.Globalization.CultureInfo.InvariantCulture)].PausesAfter), tally.NotSent);
        }, iter: 400);
    }

    [Fact]
    public void An_email_a_daily_cap_moved_to_the_digest_is_a_part_of_the_entries_and_of_the_digest_outcome()
    {
        var now = Day.AddHours(17);
        var story = new Article("urn:a", 1, "Aleppo: Syria reopens the road to the north", "Body", null, "Wire", "en", [], 3, null, now);
        var ann = Subscriber("s00", new Case(3, 0, 4, 2, 1, false, false, false), now); // as it happens, email cap 1 reached
        var bea = Subscriber("s01", new Case(1, 0, 4, 2, 0, false, false, false), now); // a daily digest
        var cal = Subscriber("s02", new Case(2, 0, 4, 2, 0, false, false, false), now); // as it happens
        var dan = Subscriber("s03", new Case(4, 4, 0, 9, 1, false, false, false), now); // texts only, text cap 1 reached
        var matches = new[] { ann, bea, cal, dan }.Select(s => new SubscriberMatch(s, "Aleppo", "\"Aleppo\" in the headline", 1)).ToList();

        var reach = PolicyPlanner.ReachOf(matches, PolicyPlanner.Plan(story, matches, now, TimeSpan.FromHours(6), (_, id) => id is "s00" or "s03" ? 1 : 0));

        Assert.Equal((2, 1, 1), (reach.EmailDigestEntries, reach.EmailHeldByCap, reach.SmsHeldByCap));
        Assert.Equal(new DigestEntryParts(Chosen: 1, MovedByEmailCap: 1), reach.EmailDigestEntryParts);
        Assert.Equal(new MatchedOutcomes(Now: 1, Digest: 2, HeldByCap: 1) { DigestByCap = 1 }, reach.Outcomes);
    }

    private static Subscriber Subscriber(string id, Case c, DateTimeOffset now) =>
        new(id, $"{id}@example.org", Statuses[c.Email], $"+44740012{id[1..]}00", Statuses[c.Sms], "Europe/London", [], c.SmsMaxUrgency, DateTimeOffset.UnixEpoch,
            Preferences: Kinds[c.Kind], PausedUntil: c.Paused ? now.AddDays(1) : null);
}
