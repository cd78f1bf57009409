namespace NewsAlerts.Core.Tests.Policy;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Trial r32 #7: the editor's preview of a German story said 2 matched, 0 emails, 1 text, and no line said that the
/// other matched subscriber (STOP and unsubscribed) gets nothing. The plan now counts every matched subscriber once by
/// how the story reaches them (<see cref="MatchedOutcomes"/>), so the counts add up to the matched subscribers.
/// </summary>
public sealed class Every_matched_subscriber_is_counted_once_by_how_the_story_reaches_them
{
    private static readonly DateTimeOffset LateEvening = new(2026, 11, 30, 23, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan StaleAfter = TimeSpan.FromHours(9);
    private static readonly Article Story = new("urn:a", 1, "Waffenruhe verlängert", "Text", null, "Wire", "de", [], 2, null, LateEvening);
    private static readonly DeliveryPreferences Immediate = DeliveryPreferences.Default with { Email = EmailSchedule.Default with { Frequency = EmailFrequency.Immediate } };

    [Fact]
    public void The_trials_subscriber_who_opted_out_of_both_channels_is_counted_as_reached_by_no_channel()
    {
        var matches = new[]
        {
            Match("s1", null, ContactStatus.None, ContactStatus.Confirmed),
            Match("s2", Immediate, ContactStatus.OptedOut, ContactStatus.Confirmed),
        };
        bool Stopped(Channel channel, string contact) => channel == Channel.Sms && contact == matches[1].Subscriber.Phone;

        var plan = PolicyPlanner.Plan(Story, matches, LateEvening, StaleAfter, suppressed: Stopped);
        var reach = PolicyPlanner.ReachOf(matches, plan);

        Assert.Equal((2, 0, 1), (reach.MatchedSubscribers, reach.EmailAlerts, reach.SmsAlerts));
        Assert.Equal(new MatchedOutcomes(Now: 1, NoChannel: 1), reach.Outcomes);
    }

    [Fact]
    public void A_mix_of_every_outcome_adds_up_to_the_matched_subscribers()
    {
        var quiet = Immediate with { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), false) };
        var capped = DeliveryPreferences.Default with { Caps = new DailyCaps(null, 0) };
        var matches = new[]
        {
            Match("a-now", Immediate, ContactStatus.Confirmed, ContactStatus.Confirmed),
            Match("b-quiet", quiet, ContactStatus.None, ContactStatus.Confirmed),
            Match("c-digest", DeliveryPreferences.Default, ContactStatus.Confirmed, ContactStatus.None),
            Match("d-capped", capped, ContactStatus.None, ContactStatus.Confirmed),
            Match("e-sent", Immediate, ContactStatus.Confirmed, ContactStatus.None),
            Match("f-calm", Immediate, ContactStatus.None, ContactStatus.Confirmed, smsMaxUrgency: 1),
            Match("g-none", Immediate, ContactStatus.OptedOut, ContactStatus.Pending),
            Match("h-paused", Immediate, ContactStatus.Confirmed, ContactStatus.Confirmed, pausedUntil: LateEvening.AddDays(1)),
        };
        bool Settled(Channel channel, string id) => id == "e-sent";

        var plan = PolicyPlanner.Plan(Story, matches, LateEvening, StaleAfter, settled: Settled);
        var outcomes = PolicyPlanner.ReachOf(matches, plan).Outcomes!;

        Assert.Equal(new MatchedOutcomes(Now: 1, AfterQuietHours: 1, Digest: 1, HeldByCap: 1, AlreadySent: 1, Paused: 1, NotUrgentEnough: 1, NoChannel: 1), outcomes);
        Assert.Equal(matches.Length, outcomes.Total);
    }

    [Fact]
    public void Three_hundred_random_subscribers_are_each_counted_once()
    {
        var random = new Random(32);
        var statuses = new[] { ContactStatus.Confirmed, ContactStatus.Pending, ContactStatus.OptedOut, ContactStatus.None };
        var matches = Enumerable.Range(0, 300).Select(i => Match(
            $"s{i:D3}", (i % 4) switch { 0 => null, 1 => Immediate, 2 => DeliveryPreferences.Default, _ => Immediate with { Caps = new DailyCaps(1, 0) } },
            statuses[random.Next(statuses.Length)], statuses[random.Next(statuses.Length)], smsMaxUrgency: random.Next(1, 10))).ToList();
        bool Suppressed(Channel channel, string contact) => contact.EndsWith('7');
        bool Settled(Channel channel, string id) => id.EndsWith('3');

        var plan = PolicyPlanner.Plan(Story, matches, LateEvening, StaleAfter, suppressed: Suppressed, settled: Settled);
        var reach = PolicyPlanner.ReachOf(matches, plan);

        Assert.Equal(reach.MatchedSubscribers, reach.Outcomes!.Total);
        Assert.True(reach.Outcomes.NoChannel > 0 && reach.Outcomes.Now > 0 && reach.Outcomes.AlreadySent > 0);
    }

    [Fact]
    public void Paused_comes_first_then_the_earliest_way_the_story_goes()
    {
        Assert.Equal(MatchedOutcome.Paused, MatchedOutcomes.Of(paused: true, [PolicyDecisionKind.SendNow], settled: false));
        Assert.Equal(MatchedOutcome.Now, MatchedOutcomes.Of(false, [PolicyDecisionKind.Digest, PolicyDecisionKind.SendNow], settled: true));
        Assert.Equal(MatchedOutcome.AlreadySent, MatchedOutcomes.Of(false, [PolicyDecisionKind.NotWanted], settled: true));
        Assert.Equal(MatchedOutcome.NotUrgentEnough, MatchedOutcomes.Of(false, [PolicyDecisionKind.NotWanted], settled: false));
        Assert.Equal(MatchedOutcome.NoChannel, MatchedOutcomes.Of(false, [], settled: false));
    }

    [Fact]
    public void The_two_channel_form_the_planner_uses_per_match_agrees_with_the_list_form()
    {
        PolicyDecisionKind?[] kinds = [null, .. Enum.GetValues<PolicyDecisionKind>()];
        foreach (var paused in new[] { false, true })
        {
            foreach (var settled in new[] { false, true })
            {
                foreach (var email in kinds)
                {
                    foreach (var sms in kinds)
                    {
                        PolicyDecisionKind[] list = [.. new[] { email, sms }.OfType<PolicyDecisionKind>()];
                        Assert.Equal(MatchedOutcomes.Of(paused, list, settled), MatchedOutcomes.Of(paused, email, sms, settled));
                    }
                }
            }
        }

        Assert.Equal(MatchedOutcome.Digest, MatchedOutcomes.Of(false, PolicyDecisionKind.HeldByCap, PolicyDecisionKind.Digest, settled: false));
        Assert.Equal(MatchedOutcome.NoChannel, MatchedOutcomes.Of(false, null, null, settled: false));
    }

    [Fact]
    public void Counting_tallies_each_outcome_once()
    {
        var counts = MatchedOutcomes.Count([MatchedOutcome.Now, MatchedOutcome.Paused, MatchedOutcome.Now, MatchedOutcome.NoChannel, MatchedOutcome.AlreadySent]);

        Assert.Equal((2, 1, 1, 1, 0, 5), (counts.Now, counts.Paused, counts.NoChannel, counts.AlreadySent, counts.Digest, counts.Total));
    }

    private static SubscriberMatch Match(
        string id, DeliveryPreferences? preferences, ContactStatus email, ContactStatus sms, int smsMaxUrgency = 2, DateTimeOffset? pausedUntil = null) =>
        new(new Subscriber(id, $"{id}@example.org", email, $"+4474001234{id.Length:D2}{id[^1]}", sms, "Europe/London", [], smsMaxUrgency, DateTimeOffset.UnixEpoch,
                Preferences: preferences, PausedUntil: pausedUntil),
            "waffenruhe", "\"waffenruhe\" in the headline", 1, null);
}
