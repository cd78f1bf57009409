namespace NewsAlerts.Core.Tests.Caps;

using NewsAlerts.Core.Caps;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Policy;

public sealed class Daily_caps_count_each_alert_once_per_local_day
{
    private static readonly TimeZoneInfo London = LocalClock.Zone("Europe/London");
    private static readonly TimeZoneInfo Santiago = LocalClock.Zone("America/Santiago");
    private static readonly TimeZoneInfo Tokyo = LocalClock.Zone("Asia/Tokyo");

    [Fact]
    public void An_alert_counts_at_the_time_its_batch_was_planned_for_and_at_dispatch_only_without_one()
    {
        var planned = new DateTimeOffset(2026, 11, 30, 14, 55, 0, TimeSpan.Zero); // 23:55 in Tokyo
        var dispatched = planned.AddMinutes(10); // 00:05 the next day in Tokyo

        Assert.Equal(new DateOnly(2026, 11, 30), DailyCapCounting.LocalDay(DailyCapCounting.CountedAt(planned, dispatched), Tokyo));
        Assert.Equal(new DateOnly(2026, 12, 1), DailyCapCounting.LocalDay(DailyCapCounting.CountedAt(null, dispatched), Tokyo));
    }

    [Fact]
    public void An_over_cap_email_at_dispatch_goes_to_the_digest_after_its_planned_time_while_that_digest_is_still_ahead()
    {
        var preferences = DeliveryPreferences.AsItHappens with { Caps = new DailyCaps(1, null) };
        var planned = new DateTimeOffset(2026, 11, 30, 23, 50, 0, TimeSpan.Zero);
        PolicyDecision At(DateTimeOffset now) =>
            DailyCapCounting.OverCapAtDispatch(Channel.Email, preferences, London, planned, now, digestReachesThem: true, emailCarriesStory: false);

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero), At(planned.AddMinutes(20)).At);
        // Redelivered after that digest's due time: the next one, where a run still reads it.
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 7, 0, 0, TimeSpan.Zero), At(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)).At);
    }

    [Fact]
    public void Alerts_are_counted_until_the_cap_is_reached_exactly()
    {
        var count = CapCount.Empty;
        foreach (var article in new[] { "a1", "a2" })
        {
            var take = DailyCapCounting.Take(count, DailyCapCounting.CountKey(article), cap: 2);
            Assert.True(take.Allowed);
            count = take.Next!;
        }

        var third = DailyCapCounting.Take(count, DailyCapCounting.CountKey("a3"), cap: 2);

        Assert.Equal(2, count.Count);
        Assert.Equal(new CapTake(false, null), third);
    }

    [Fact]
    public void A_cap_of_zero_lets_nothing_through()
    {
        Assert.Equal(new CapTake(false, null), DailyCapCounting.Take(CapCount.Empty, DailyCapCounting.CountKey("a1"), cap: 0));
    }

    [Fact]
    public void An_alert_counted_before_a_crash_is_allowed_again_without_counting_twice()
    {
        var key = DailyCapCounting.CountKey("urn:article:1");
        var once = DailyCapCounting.Take(CapCount.Empty, key, cap: 1).Next!;

        var again = DailyCapCounting.Take(once, key, cap: 1);

        Assert.Equal(new CapTake(true, null), again);
        Assert.Equal(1, once.Count);
    }

    [Fact]
    public void A_released_place_can_be_taken_by_another_alert_and_releasing_twice_changes_nothing()
    {
        var a1 = DailyCapCounting.CountKey("a1");
        var full = DailyCapCounting.Take(CapCount.Empty, a1, cap: 1).Next!;

        var released = DailyCapCounting.Release(full, a1).Next!;

        Assert.Equal(0, released.Count);
        Assert.True(DailyCapCounting.Take(released, DailyCapCounting.CountKey("a2"), cap: 1).Allowed);
        Assert.Null(DailyCapCounting.Release(released, a1).Next);
    }

    [Fact]
    public void Count_keys_are_short_fixed_and_distinct_per_ledger_key()
    {
        var key = DailyCapCounting.CountKey("https://example.com/news/2026/11/30/a-long-article-id?x=1");

        Assert.Matches("^[0-9a-f]{16}$", key);
        Assert.Equal(key, DailyCapCounting.CountKey("https://example.com/news/2026/11/30/a-long-article-id?x=1"));
        Assert.NotEqual(key, DailyCapCounting.CountKey("withdrawn:v2:https://example.com/news/2026/11/30/a-long-article-id?x=1"));
    }

    [Theory]
    [InlineData("2026-11-30T14:59:00Z", "2026-11-30")] // 23:59 in Tokyo
    [InlineData("2026-11-30T15:00:00Z", "2026-12-01")] // midnight in Tokyo: a new day, a new count
    public void The_day_ends_at_midnight_on_the_subscribers_clock(string utc, string day)
    {
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), DailyCapCounting.LocalDay(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), Tokyo));
    }

    [Theory]
    // Europe/London, 29 March 2026: 01:00 UTC jumps to 02:00 BST; the day is 23 hours long and still one day.
    [InlineData("Europe/London", "2026-03-28T23:59:00Z", "2026-03-28")]
    [InlineData("Europe/London", "2026-03-29T00:00:00Z", "2026-03-29")]
    [InlineData("Europe/London", "2026-03-29T22:59:00Z", "2026-03-29")]
    [InlineData("Europe/London", "2026-03-29T23:00:00Z", "2026-03-30")]
    // America/Santiago, 5 April 2026: at local midnight (03:00 UTC) the clock goes back to 23:00 on 4 April; the
    // repeated hour belongs to 4 April, and 5 April starts once, an hour later.
    [InlineData("America/Santiago", "2026-04-05T02:59:00Z", "2026-04-04")]
    [InlineData("America/Santiago", "2026-04-05T03:30:00Z", "2026-04-04")]
    [InlineData("America/Santiago", "2026-04-05T04:00:00Z", "2026-04-05")]
    // America/Santiago, 6 September 2026: local midnight does not exist (00:00 jumps to 01:00); the day starts at 01:00.
    [InlineData("America/Santiago", "2026-09-06T03:59:00Z", "2026-09-05")]
    [InlineData("America/Santiago", "2026-09-06T04:00:00Z", "2026-09-06")]
    public void Daylight_saving_nights_neither_skip_nor_repeat_a_day(string zone, string utc, string day)
    {
        var at = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), DailyCapCounting.LocalDay(at, LocalClock.Zone(zone)));
    }

    [Fact]
    public void An_alert_refused_into_a_digest_is_remembered_and_refused_again_into_the_same_digest()
    {
        var due = new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);
        var full = DailyCapCounting.Take(CapCount.Empty, DailyCapCounting.CountKey("a1"), cap: 1).Next!;
        var a2 = DailyCapCounting.CountKey("a2");

        var refused = DailyCapCounting.Take(full, a2, cap: 1, overflowDue: due);
        var again = DailyCapCounting.Take(refused.Next!, a2, cap: 1, overflowDue: due.AddDays(1));

        Assert.Equal((false, due, false), (refused.Allowed, refused.DigestDue, refused.RefusedBefore));
        Assert.Equal([new CapOverflow(a2, due)], refused.Next!.Refused);
        Assert.Equal(1, refused.Next.Count);
        Assert.Equal(new CapTake(false, null, due), again);
        Assert.True(again.RefusedBefore);
    }

    [Fact]
    public void A_held_alert_is_not_remembered_and_counting_keeps_what_was_refused()
    {
        var a1 = DailyCapCounting.CountKey("a1");
        var due = new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);
        var refusedBefore = new CapCount([], [new CapOverflow(DailyCapCounting.CountKey("a0"), due)]);

        var counted = DailyCapCounting.Take(refusedBefore, a1, cap: 1).Next!;
        var released = DailyCapCounting.Release(counted, a1).Next!;

        Assert.Equal(new CapTake(false, null), DailyCapCounting.Take(counted, DailyCapCounting.CountKey("a2"), cap: 1));
        Assert.Equal(refusedBefore.Refused, counted.Refused);
        Assert.Equal(refusedBefore.Refused, released.Refused);
    }

    [Fact]
    public void Past_the_remembered_limit_a_refused_alert_still_goes_to_its_digest_unremembered()
    {
        var due = new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);
        var full = new CapCount([], [.. Enumerable.Range(0, DailyCapCounting.MaxRemembered).Select(i => new CapOverflow(DailyCapCounting.CountKey($"a{i}"), due))]);

        Assert.Equal(new CapTake(false, null), DailyCapCounting.Take(full, DailyCapCounting.CountKey("late"), cap: 0, overflowDue: due));
    }

    [Fact]
    public void An_email_over_the_cap_goes_to_the_next_digest_at_their_digest_hour()
    {
        var preferences = DeliveryPreferences.AsItHappens with { Caps = new DailyCaps(2, null) };
        var now = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

        var decision = DailyCapCounting.OverCap(Channel.Email, preferences, null, London, now, digestReachesThem: true, emailCarriesStory: false);

        Assert.Equal(new PolicyDecision(PolicyDecisionKind.Digest, DigestClock.NextDue(preferences.Email.Overflow, London, now), "daily email cap of 2 reached", ByCap: true), decision);
    }

    [Fact]
    public void A_text_over_the_cap_goes_to_the_digest_only_when_one_reaches_them_and_the_email_does_not_carry_the_story()
    {
        var preferences = DeliveryPreferences.AsItHappens with { Caps = new DailyCaps(2, 1) };
        var now = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(
            new PolicyDecision(PolicyDecisionKind.HeldByCap, null, "daily sms cap of 1 reached", ByCap: true),
            DailyCapCounting.OverCap(Channel.Sms, preferences, null, Santiago, now, digestReachesThem: false, emailCarriesStory: false));
        Assert.Equal(
            new PolicyDecision(PolicyDecisionKind.HeldByCap, null, "daily sms cap of 1 reached; the story reaches them by email", ByCap: true),
            DailyCapCounting.OverCap(Channel.Sms, preferences, null, Santiago, now, digestReachesThem: true, emailCarriesStory: true));
        Assert.Equal(
            new PolicyDecision(PolicyDecisionKind.Digest, DigestClock.NextDue(preferences.Email.Overflow, Santiago, now), "daily sms cap of 1 reached", ByCap: true),
            DailyCapCounting.OverCap(Channel.Sms, preferences, null, Santiago, now, digestReachesThem: true, emailCarriesStory: false));
        Assert.Equal(PolicyDecisionKind.HeldByCap, DailyCapCounting.OverCap(Channel.Email, preferences, null, Santiago, now, digestReachesThem: false, emailCarriesStory: false).Kind);
    }

    [Fact]
    public void The_topics_own_schedule_takes_the_overflow()
    {
        var evening = EmailSchedule.Default with { Frequency = EmailFrequency.Immediate, At = new TimeOnly(18, 30) };
        var preferences = DeliveryPreferences.AsItHappens with
        {
            Caps = new DailyCaps(1, null),
            Topics = new Dictionary<string, TopicPreferences>(StringComparer.Ordinal) { ["t1"] = new TopicPreferences(evening, null) },
        };
        var now = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 18, 30, 0, TimeSpan.Zero), DailyCapCounting.OverCap(Channel.Email, preferences, "t1", London, now, true, false).At);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero), DailyCapCounting.OverCap(Channel.Email, preferences, "t2", London, now, true, false).At);
    }
}
