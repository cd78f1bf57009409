namespace NewsAlerts.Integration.Tests.Tables;

using System.Globalization;
using NewsAlerts.Azure.Tables;

/// <summary>
/// Alert history, the editors' audit and the recent-articles list key their rows by inverted time. Those rows are
/// stored, so the one shared key part must write exactly what the three adapters wrote before it: 19 digits of the
/// ticks left to <see cref="DateTimeOffset.MaxValue"/>, in UTC, that sort newest first. No stack needed.
/// </summary>
public sealed class Newest_first_keys_keep_the_format_of_stored_rows
{
    public static TheoryData<string> Times => new()
    {
        "2026-11-30T15:57:47.1234567+00:00",
        "2026-03-29T01:30:00+02:00",
        "0001-01-01T00:00:00+00:00",
        "9999-12-31T23:59:59.9999999+00:00",
    };

    [Theory]
    [MemberData(nameof(Times))]
    public void The_key_is_what_the_adapters_wrote_before(string time)
    {
        var at = DateTimeOffset.Parse(time, CultureInfo.InvariantCulture);

        // The three former copies, as they stood (alert history's Inverted, the audit's and the recent list's inline keys).
        var history = (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
        var inline = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}");

        Assert.Equal(history, TableKeys.NewestFirst(at));
        Assert.Equal(inline, TableKeys.NewestFirst(at));
        Assert.Equal(19, TableKeys.NewestFirst(at).Length);
    }

    [Fact]
    public void A_key_written_on_a_known_day_reads_back_unchanged()
    {
        // A row key prefix as stored for 2026-11-30 12:00 UTC: a fixed literal, so a change of format cannot pass.
        var at = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal("2516062607999999999", TableKeys.NewestFirst(at));
    }

    [Fact]
    public void Later_times_sort_first_and_offsets_do_not_matter()
    {
        var earlier = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
        var later = earlier.AddTicks(1);
        var sameInstantElsewhere = earlier.ToOffset(TimeSpan.FromHours(-5));

        Assert.True(string.CompareOrdinal(TableKeys.NewestFirst(later), TableKeys.NewestFirst(earlier)) < 0);
        Assert.Equal(TableKeys.NewestFirst(earlier), TableKeys.NewestFirst(sameInstantElsewhere));
    }
}
