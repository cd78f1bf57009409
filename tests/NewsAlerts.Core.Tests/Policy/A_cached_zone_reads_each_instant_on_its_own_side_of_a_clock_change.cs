namespace NewsAlerts.Core.Tests.Policy;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Zones are looked up once per process (planning asks for one per match); the cache holds the zone's rules, never a
/// local time, so the same cached zone reads instants before and after a daylight-saving change each by its own offset.
/// </summary>
public sealed class A_cached_zone_reads_each_instant_on_its_own_side_of_a_clock_change
{
    private static readonly QuietHours Night = new(new TimeOnly(22, 0), new TimeOnly(7, 0), false);

    [Fact]
    public void The_zone_of_an_id_is_looked_up_once_and_unknown_ids_still_throw()
    {
        Assert.Same(LocalClock.Zone("Europe/London"), LocalClock.Zone("Europe/London"));
        Assert.Throws<TimeZoneNotFoundException>(() => LocalClock.Zone("Nowhere/Atlantis"));
        Assert.Throws<TimeZoneNotFoundException>(() => LocalClock.Zone("Nowhere/Atlantis"));
    }

    [Fact]
    public void Local_dates_and_quiet_hour_ends_follow_the_instant_asked_for_on_both_sides_of_the_change()
    {
        var london = LocalClock.Zone("Europe/London");
        // Summer time ends 2026-10-25 02:00 BST (01:00 UTC): 23:30 UTC is 00:30 local the next day before, 23:30 local after.
        Assert.Equal(new DateOnly(2026, 10, 24), LocalClock.DateAt(new DateTimeOffset(2026, 10, 23, 23, 30, 0, TimeSpan.Zero), london));
        Assert.Equal(new DateOnly(2026, 10, 25), LocalClock.DateAt(new DateTimeOffset(2026, 10, 25, 23, 30, 0, TimeSpan.Zero), london));

        Assert.Equal(new DateTimeOffset(2026, 10, 24, 6, 0, 0, TimeSpan.Zero), Night.EndAfter(new DateTimeOffset(2026, 10, 23, 23, 0, 0, TimeSpan.Zero), london)); // 07:00 BST
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 7, 0, 0, TimeSpan.Zero), Night.EndAfter(new DateTimeOffset(2026, 10, 25, 23, 0, 0, TimeSpan.Zero), london)); // 07:00 GMT
    }

    [Fact]
    public void Planning_the_same_subscriber_before_and_after_the_change_schedules_each_text_for_that_nights_end()
    {
        var subscriber = new Subscriber(
            "s1", null, ContactStatus.None, "+447700900001", ContactStatus.Confirmed, "Europe/London", [new Topic("t1", "Aleppo", false)], 9,
            DateTimeOffset.UnixEpoch, false, Preferences: DeliveryPreferences.AsItHappens with { QuietHours = Night });
        var match = new SubscriberMatch(subscriber, "Aleppo", "why", 1, "t1");

        DateTimeOffset? ScheduledFor(DateTimeOffset now)
        {
            var story = new Article("urn:a", 1, "Truce", "Body", null, "Wire", "en", [], 3, null, now);
            return PolicyPlanner.Plan(story, [match], now, TimeSpan.FromHours(12)).Scheduled.SingleOrDefault()?.At;
        }

        Assert.Equal(new DateTimeOffset(2026, 10, 24, 6, 0, 0, TimeSpan.Zero), ScheduledFor(new DateTimeOffset(2026, 10, 23, 23, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 7, 0, 0, TimeSpan.Zero), ScheduledFor(new DateTimeOffset(2026, 10, 25, 23, 0, 0, TimeSpan.Zero)));
    }
}
