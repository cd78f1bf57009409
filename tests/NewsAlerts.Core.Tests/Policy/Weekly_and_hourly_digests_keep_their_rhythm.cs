namespace NewsAlerts.Core.Tests.Policy;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Policy;

public sealed class Weekly_and_hourly_digests_keep_their_rhythm
{
    [Fact]
    public void A_weekly_digest_is_due_on_the_chosen_weekday_at_the_local_time_across_a_change()
    {
        var zone = LocalClock.Zone("America/Santiago");
        var schedule = new EmailSchedule(EmailFrequency.Weekly, new TimeOnly(0, 0), DayOfWeek.Sunday);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 8, 20, 12, 0, 0, TimeSpan.Zero));

        var dues = new List<DateTimeOffset>();
        for (var i = 0; i < 4; i++)
        {
            var due = DigestClock.NextDue(schedule, zone, clock.GetUtcNow())!.Value;
            dues.Add(due);
            clock.SetUtcNow(due);
        }

        Assert.Equal(
            [new(2026, 8, 23), new(2026, 8, 30), new(2026, 9, 6), new(2026, 9, 13)],
            dues.Select(d => LocalClock.DateAt(d, zone)));
        Assert.Equal(new DateTimeOffset(2026, 9, 6, 4, 0, 0, TimeSpan.Zero), dues[2]); // midnight skipped: 01:00 -03
        Assert.All(dues, d => Assert.Equal(DayOfWeek.Sunday, LocalClock.DateAt(d, zone).DayOfWeek));
    }

    [Theory]
    [InlineData("Europe/London", "2026-10-24T23:00:00Z", 25)] // 25 October has 25 local hours
    [InlineData("Europe/London", "2026-03-28T23:30:00Z", 23)] // 29 March has 23
    [InlineData("America/Santiago", "2026-09-05T03:00:00Z", 24)]
    public void An_hourly_digest_is_due_every_elapsed_hour_never_skipped_nor_doubled(string zoneId, string from, int hours)
    {
        var zone = LocalClock.Zone(zoneId);
        var schedule = EmailSchedule.Default with { Frequency = EmailFrequency.Hourly };
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture));

        var dues = new List<DateTimeOffset>();
        for (var i = 0; i < hours; i++)
        {
            var due = DigestClock.NextDue(schedule, zone, clock.GetUtcNow())!.Value;
            dues.Add(due);
            clock.SetUtcNow(due);
        }

        Assert.All(dues.Zip(dues.Skip(1)), pair => Assert.Equal(TimeSpan.FromHours(1), pair.Second - pair.First));
        Assert.All(dues, d => Assert.Equal(0, TimeZoneInfo.ConvertTime(d, zone).Minute));
    }

    [Fact]
    public void An_hourly_digest_in_a_half_hour_zone_is_due_at_its_local_whole_hours()
    {
        var zone = LocalClock.Zone("Asia/Kolkata");
        var schedule = EmailSchedule.Default with { Frequency = EmailFrequency.Hourly };

        var due = DigestClock.NextDue(schedule, zone, new DateTimeOffset(2026, 11, 30, 10, 5, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 10, 30, 0, TimeSpan.Zero), due);
    }

    [Theory]
    [InlineData("Europe/London", "2026-03-29", 23)]
    [InlineData("Europe/London", "2026-10-25", 25)]
    [InlineData("America/Santiago", "2026-09-06", 23)]
    [InlineData("America/Santiago", "2026-04-04", 25)]
    [InlineData("America/Santiago", "2026-09-05", 24)]
    public void A_local_day_for_caps_spans_the_hours_the_clock_shows(string zoneId, string date, int hours)
    {
        var (start, end) = LocalClock.DayBounds(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), LocalClock.Zone(zoneId));

        Assert.Equal(TimeSpan.FromHours(hours), end - start);
    }
}
