namespace NewsAlerts.Core.Tests.Policy;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Policy;

public sealed class Digests_fall_due_once_per_local_day_across_daylight_saving_nights
{
    public static TheoryData<string, string, string> DstWeeks => new()
    {
        // zone, first day of the week walked (the change is mid-week), local digest time
        { "Europe/London", "2026-03-25", "07:00" },
        { "Europe/London", "2026-03-25", "01:30" }, // 29 March: 01:00-02:00 does not exist
        { "Europe/London", "2026-10-21", "07:00" },
        { "Europe/London", "2026-10-21", "01:30" }, // 25 October: 01:00-02:00 happens twice
        { "America/Santiago", "2026-04-01", "07:00" },
        { "America/Santiago", "2026-04-01", "23:30" }, // 4 April: 23:00-24:00 happens twice (the change is at midnight)
        { "America/Santiago", "2026-04-01", "00:00" },
        { "America/Santiago", "2026-09-02", "00:00" }, // 6 September: 00:00-01:00 does not exist
        { "America/Santiago", "2026-09-02", "00:30" },
        { "America/Santiago", "2026-09-02", "07:00" },
    };

    [Theory]
    [MemberData(nameof(DstWeeks))]
    public void A_daily_digest_is_due_exactly_once_on_every_local_date(string zoneId, string from, string at)
    {
        var zone = LocalClock.Zone(zoneId);
        var schedule = EmailSchedule.Default with { At = TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture) };
        var start = LocalClock.ToInstant(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.MinValue, zone);
        var clock = new FakeTimeProvider(start);

        var dues = new List<DateTimeOffset>();
        for (var i = 0; i < 8; i++)
        {
            var due = DigestClock.NextDue(schedule, zone, clock.GetUtcNow())!.Value;
            dues.Add(due);
            clock.SetUtcNow(due);
        }

        var dates = dues.Select(d => LocalClock.DateAt(d, zone)).ToList();
        var first = dates[0];
        Assert.Equal(Enumerable.Range(0, 8).Select(first.AddDays), dates);
        Assert.All(dues, d => Assert.True(d.Second == 0 && d.Offset == TimeSpan.Zero));
    }

    [Theory]
    [InlineData("Europe/London", "2026-03-29", "07:00", "2026-03-29T06:00:00Z")]
    [InlineData("Europe/London", "2026-03-28", "07:00", "2026-03-28T07:00:00Z")]
    [InlineData("Europe/London", "2026-03-29", "01:30", "2026-03-29T01:30:00Z")] // 02:30 BST: moved on by the hour jumped
    [InlineData("Europe/London", "2026-10-25", "01:30", "2026-10-25T00:30:00Z")] // the first 01:30 (BST)
    [InlineData("Europe/London", "2026-10-25", "07:00", "2026-10-25T07:00:00Z")]
    [InlineData("America/Santiago", "2026-09-06", "00:00", "2026-09-06T04:00:00Z")] // 01:00 -03
    [InlineData("America/Santiago", "2026-09-06", "00:30", "2026-09-06T04:30:00Z")] // 01:30 -03
    [InlineData("America/Santiago", "2026-09-05", "00:00", "2026-09-05T04:00:00Z")] // 00:00 -04
    [InlineData("America/Santiago", "2026-04-04", "23:30", "2026-04-05T02:30:00Z")] // the first 23:30 (-03)
    [InlineData("America/Santiago", "2026-04-05", "00:00", "2026-04-05T04:00:00Z")] // 00:00 -04, after the repeated hour
    public void The_due_time_follows_the_rule_for_missing_and_repeated_local_times(string zoneId, string date, string at, string expected)
    {
        var zone = LocalClock.Zone(zoneId);
        var localDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var schedule = EmailSchedule.Default with { At = TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture) };
        var dayBefore = LocalClock.ToInstant(localDate.AddDays(-1), new TimeOnly(12, 0), zone);

        var due = DigestClock.NextDue(schedule, zone, dayBefore)!.Value;
        if (LocalClock.DateAt(due, zone) != localDate)
        {
            due = DigestClock.NextDue(schedule, zone, due)!.Value;
        }

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void The_zone_data_has_the_changes_these_tests_expect()
    {
        var london = LocalClock.Zone("Europe/London");
        var santiago = LocalClock.Zone("America/Santiago");

        Assert.True(london.IsInvalidTime(new DateTime(2026, 3, 29, 1, 30, 0)));
        Assert.True(london.IsAmbiguousTime(new DateTime(2026, 10, 25, 1, 30, 0)));
        Assert.True(santiago.IsInvalidTime(new DateTime(2026, 9, 6, 0, 30, 0)));
        Assert.True(santiago.IsAmbiguousTime(new DateTime(2026, 4, 4, 23, 30, 0)));
    }

    [Fact]
    public void A_due_time_is_strictly_after_now_so_the_run_at_the_due_time_records_into_the_next_digest()
    {
        var zone = LocalClock.Zone("Europe/London");
        var due = new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);

        Assert.Equal(due, DigestClock.NextDue(EmailSchedule.Default, zone, due.AddTicks(-1)));
        Assert.Equal(due.AddDays(1), DigestClock.NextDue(EmailSchedule.Default, zone, due));
    }

    [Fact]
    public void Immediate_email_has_no_digest()
    {
        var schedule = EmailSchedule.Default with { Frequency = EmailFrequency.Immediate };

        Assert.Null(DigestClock.NextDue(schedule, TimeZoneInfo.Utc, DateTimeOffset.UnixEpoch));
        Assert.Equal(EmailFrequency.Daily, schedule.Overflow.Frequency);
    }
}
