namespace NewsAlerts.Core.Tests.Policy;

using NewsAlerts.Core.Policy;

public sealed class Quiet_hours_hold_texts_until_they_end
{
    private static readonly QuietHours Night = new(new TimeOnly(22, 0), new TimeOnly(7, 0), FlashThrough: false);

    [Theory]
    [InlineData("21:59", false)]
    [InlineData("22:00", true)]
    [InlineData("23:59", true)]
    [InlineData("00:00", true)]
    [InlineData("06:59", true)]
    [InlineData("07:00", false)]
    [InlineData("12:00", false)]
    public void A_window_across_midnight_contains_the_night(string local, bool quiet) =>
        Assert.Equal(quiet, Night.Contains(TimeOnly.Parse(local, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("12:59", false)]
    [InlineData("13:00", true)]
    [InlineData("14:29", true)]
    [InlineData("14:30", false)]
    public void A_window_within_a_day_contains_its_hours(string local, bool quiet) =>
        Assert.Equal(quiet, new QuietHours(new TimeOnly(13, 0), new TimeOnly(14, 30), false).Contains(TimeOnly.Parse(local, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-11-30T23:15:00Z", "2026-12-01T07:00:00Z")] // before midnight: ends next morning
    [InlineData("2026-12-01T03:00:00Z", "2026-12-01T07:00:00Z")] // after midnight: ends this morning
    [InlineData("2026-03-28T23:00:00Z", "2026-03-29T06:00:00Z")] // the clocks go forward overnight: 07:00 BST
    [InlineData("2026-10-24T22:00:00Z", "2026-10-25T07:00:00Z")] // the clocks go back overnight: 07:00 GMT
    public void The_end_is_the_next_local_end_time_in_utc(string now, string end)
    {
        var zone = LocalClock.Zone("Europe/London");

        Assert.Equal(Parse(end), Night.EndAfter(Parse(now), zone));
    }

    [Fact]
    public void Outside_quiet_hours_there_is_no_end()
    {
        Assert.Null(Night.EndAfter(Parse("2026-11-30T12:00:00Z"), LocalClock.Zone("Europe/London")));
    }

    [Fact]
    public void Quiet_hours_ending_in_the_hour_santiago_skips_end_when_the_clock_reaches_it()
    {
        var zone = LocalClock.Zone("America/Santiago");
        var quiet = new QuietHours(new TimeOnly(22, 0), new TimeOnly(0, 30), false);

        // 23:00 -04 on 5 September; 00:30 does not exist that night, so the quiet ends at 01:30 -03.
        Assert.Equal(Parse("2026-09-06T04:30:00Z"), quiet.EndAfter(Parse("2026-09-06T03:00:00Z"), zone));
    }

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
