namespace NewsAlerts.Core.Tests.Words;

using NewsAlerts.Core.Words;

public sealed class Time_zones_read_as_city_and_offset_now
{
    private static readonly DateTimeOffset Winter = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Summer = new(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("America/Argentina/Buenos_Aires", "Buenos Aires (UTC\u22123)")] // the raw id a person saw in the dropdown
    [InlineData("Europe/London", "London (UTC+0)")]
    [InlineData("Asia/Kolkata", "Kolkata (UTC+5:30)")]
    [InlineData("Asia/Kathmandu", "Kathmandu (UTC+5:45)")]
    [InlineData("America/St_Johns", "St Johns (UTC\u22123:30)")]
    [InlineData("Pacific/Kiritimati", "Kiritimati (UTC+14)")]
    [InlineData("UTC", "UTC (UTC+0)")]
    public void A_zone_is_its_city_and_its_offset_now(string id, string label) => Assert.Equal(label, ZoneWords.Label(id, Winter));

    [Fact]
    public void The_offset_is_the_one_in_force_at_the_time_shown_daylight_saving_included()
    {
        Assert.Equal("UTC+1", ZoneWords.Offset("Europe/London", Summer));
        Assert.Equal("UTC\u22124", ZoneWords.Offset("America/New_York", Summer));
        Assert.Equal("UTC\u22125", ZoneWords.Offset("America/New_York", Winter));
        Assert.Equal("UTC+11", ZoneWords.Offset("Australia/Sydney", Winter));
    }

    [Theory]
    [InlineData("No/Such_Zone")]
    [InlineData("")]
    [InlineData(null)]
    public void A_zone_the_machine_does_not_know_reads_as_utc(string? id) => Assert.Equal("UTC+0", ZoneWords.Offset(id, Winter));

    [Theory]
    [InlineData("America/Argentina/Buenos_Aires", "Americas")]
    [InlineData("Indian/Maldives", "Indian Ocean")]
    [InlineData("Pacific/Auckland", "Pacific Ocean")]
    [InlineData("Atlantic/Reykjavik", "Atlantic Ocean")]
    [InlineData("Europe/Paris", "Europe")]
    [InlineData("UTC", null)]
    [InlineData(null, null)]
    public void A_zone_belongs_to_its_region_in_words(string? id, string? region) => Assert.Equal(region, ZoneWords.Region(id));
}
