namespace NewsAlerts.Core.Tests.Caps;

using NewsAlerts.Core.Caps;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Policy;

/// <summary>Issue 16, trial #4: five texts in the morning, "at most 3 texts a day" at noon, and no more texts that day.</summary>
public sealed class A_cap_set_mid_day_counts_what_the_day_sent
{
    private static readonly TimeZoneInfo London = LocalClock.Zone("Europe/London");
    private static readonly TimeZoneInfo Tokyo = LocalClock.Zone("Asia/Tokyo");
    private static readonly DateOnly Day = new(2026, 12, 3);

    private static ReceivedAlert Row(string key, DateTimeOffset at, Channel channel = Channel.Sms, ReceivedKind kind = ReceivedKind.Alert) =>
        new("s1", at, channel, kind, key, "Headline", null, null, "Syria");

    private static DateTimeOffset Utc(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Five_texts_sent_in_the_morning_fill_a_cap_of_three_set_at_noon()
    {
        var morning = Enumerable.Range(1, 5).Select(i => Row($"a{i}", Utc(3, 6 + i))).ToList();
        var seeded = CapSeeding.Seed(CapCount.Empty, CapSeeding.SentOn(morning, Channel.Sms, London, Day));

        Assert.Equal(5, seeded.Next!.Count);
        Assert.False(DailyCapCounting.Take(seeded.Next, DailyCapCounting.CountKey("a6"), cap: 3).Allowed);
        // A morning text redelivered after the cap is counted already, under the dispatcher's own key.
        Assert.True(DailyCapCounting.Take(seeded.Next, DailyCapCounting.CountKey("a2"), cap: 3).Allowed);
    }

    [Fact]
    public void Two_texts_in_the_morning_leave_one_place_of_a_cap_of_three()
    {
        var seeded = CapSeeding.Seed(CapCount.Empty, CapSeeding.SentOn([Row("a1", Utc(3, 8)), Row("a2", Utc(3, 9))], Channel.Sms, London, Day)).Next!;

        var third = DailyCapCounting.Take(seeded, DailyCapCounting.CountKey("a3"), cap: 3);
        Assert.True(third.Allowed);
        Assert.False(DailyCapCounting.Take(third.Next!, DailyCapCounting.CountKey("a4"), cap: 3).Allowed);
    }

    [Fact]
    public void Only_alerts_of_the_channel_on_the_subscribers_local_day_count()
    {
        var rows = new[]
        {
            Row("email", Utc(3, 8), Channel.Email),
            Row("withdrawn:v2:a1", Utc(3, 8), kind: ReceivedKind.FollowUp),
            Row("digest:20261203T0700Z|a1", Utc(3, 7), Channel.Email, ReceivedKind.Digest),
            Row("yesterday", Utc(2, 23, 30)),
            Row("today", Utc(3, 0, 30)),
        };

        Assert.Equal([DailyCapCounting.CountKey("today")], CapSeeding.SentOn(rows, Channel.Sms, London, Day));
        Assert.Equal([DailyCapCounting.CountKey("email")], CapSeeding.SentOn(rows, Channel.Email, London, Day));
        // 23:30 UTC on the 2nd is 08:30 on the 3rd in Tokyo: their day, not the server's.
        Assert.Equal([DailyCapCounting.CountKey("yesterday"), DailyCapCounting.CountKey("today")], CapSeeding.SentOn(rows, Channel.Sms, Tokyo, Day));
    }

    [Fact]
    public void Seeding_again_or_over_what_the_dispatcher_counted_counts_each_alert_once()
    {
        var counted = DailyCapCounting.Take(CapCount.Empty, DailyCapCounting.CountKey("a1"), cap: 10).Next!;
        var keys = CapSeeding.SentOn([Row("a1", Utc(3, 8)), Row("a1", Utc(3, 8, 1)), Row("a2", Utc(3, 9))], Channel.Sms, London, Day);

        var seeded = CapSeeding.Seed(counted, keys);
        Assert.Equal(2, seeded.Next!.Count);
        Assert.Null(CapSeeding.Seed(seeded.Next, keys).Next);
    }

    [Fact]
    public void An_alert_refused_into_a_digest_is_not_counted_as_sent()
    {
        var refused = new CapCount([], [new CapOverflow(DailyCapCounting.CountKey("a1"), Utc(4, 7))]);

        Assert.Null(CapSeeding.Seed(refused, [DailyCapCounting.CountKey("a1")]).Next);
    }

    [Theory]
    [InlineData(null, null, null, 3, "Sms")]
    [InlineData(null, 5, 2, 5, "Email")]
    [InlineData(4, 5, 2, 5, "Email")]
    [InlineData(4, 5, null, 5, "")]
    [InlineData(null, null, null, null, "")]
    [InlineData(2, 3, null, null, "")]
    public void A_channel_is_seeded_when_its_cap_is_set_or_changed(int? emailBefore, int? smsBefore, int? emailAfter, int? smsAfter, string expected)
    {
        var channels = CapSeeding.ToSeed(new DailyCaps(emailBefore, smsBefore), new DailyCaps(emailAfter, smsAfter));

        Assert.Equal(expected, string.Join(',', channels));
    }
}
