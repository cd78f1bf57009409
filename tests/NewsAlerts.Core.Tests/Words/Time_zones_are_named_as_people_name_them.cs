namespace NewsAlerts.Core.Tests.Words;

using NewsAlerts.Core.Words;

/// <summary>
/// A time zone in a page, an email or a text reads as people name it: the city of a Region/City id, "UTC" for every
/// IANA name of UTC, and the offset of an Etc/GMT zone with the ISO sign (tzdata's Etc/GMT-3 is three hours east of
/// Greenwich, so it reads "UTC+3"), never the raw id.
/// </summary>
public sealed class Time_zones_are_named_as_people_name_them
{
    [Theory]
    [InlineData("Etc/GMT-3", "UTC+3")]
    [InlineData("Etc/GMT+5", "UTC-5")]
    [InlineData("Etc/GMT-14", "UTC+14")]
    [InlineData("Etc/GMT+12", "UTC-12")]
    [InlineData("GMT-3", "UTC+3")]
    [InlineData("Etc/GMT+0", "UTC")]
    [InlineData("Etc/GMT-0", "UTC")]
    [InlineData("Etc/GMT0", "UTC")]
    [InlineData("Etc/UTC", "UTC")]
    [InlineData("Etc/GMT", "UTC")]
    [InlineData("UTC", "UTC")]
    [InlineData("Etc/Zulu", "UTC")]
    [InlineData("Etc/Universal", "UTC")]
    [InlineData("Etc/UCT", "UTC")]
    [InlineData("Etc/Greenwich", "UTC")]
    [InlineData("GMT", "UTC")]
    [InlineData("Zulu", "UTC")]
    [InlineData("Universal", "UTC")]
    [InlineData("utc", "UTC")]
    [InlineData("", "UTC")]
    [InlineData(null, "UTC")]
    [InlineData("Europe/London", "London")]
    [InlineData("America/Argentina/Buenos_Aires", "Buenos Aires")]
    [InlineData("Asia/Riyadh", "Riyadh")]
    [InlineData("Japan", "Japan")]
    public void A_time_zone_is_named_as_people_name_it(string? id, string expected)
    {
        Assert.Equal(expected, ZoneWords.Of(id));
        Assert.Equal($"{expected} time", ZoneWords.Time(id));
    }

    [Fact]
    public void Every_Etc_GMT_zone_this_machine_knows_reads_its_real_offset()
    {
        // The oracle is the machine's own tz data: the zone's offset from UTC, whatever the name's POSIX sign says.
        for (var hours = -14; hours <= 12; hours++)
        {
            var id = hours == 0 ? "Etc/GMT" : $"Etc/GMT{(hours > 0 ? "+" : "-")}{Math.Abs(hours)}";
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                continue;
            }

            var offset = (int)zone.BaseUtcOffset.TotalHours;
            var expected = offset == 0 ? "UTC" : $"UTC{(offset > 0 ? "+" : "-")}{Math.Abs(offset)}";
            Assert.Equal(expected, ZoneWords.Of(id));
        }
    }
}
