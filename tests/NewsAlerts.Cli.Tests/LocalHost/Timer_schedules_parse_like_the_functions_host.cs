namespace NewsAlerts.Cli.Tests.LocalHost;

using Microsoft.Extensions.Configuration;
using NewsAlerts.Cli.LocalHost;

public sealed class Timer_schedules_parse_like_the_functions_host
{
    private static readonly IConfiguration Settings = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["PollSchedule"] = "0 */5 * * * *" })
        .Build();

    private static readonly DateTimeOffset Noon = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Six_fields_include_seconds() =>
        Assert.Equal(Noon.AddSeconds(30), TimerSchedule.Parse("f", "30 * * * * *", Settings).Next(Noon));

    [Fact]
    public void Five_fields_start_at_minutes() =>
        Assert.Equal(Noon.AddMinutes(15), TimerSchedule.Parse("f", "15 * * * *", Settings).Next(Noon));

    [Fact]
    public void A_setting_reference_is_resolved() =>
        Assert.Equal(Noon.AddMinutes(5), TimerSchedule.Parse("f", "%PollSchedule%", Settings).Next(Noon));

    [Fact]
    public void A_timespan_is_a_constant_interval() =>
        Assert.Equal(Noon.AddMinutes(90), TimerSchedule.Parse("f", "01:30:00", Settings).Next(Noon));

    [Theory]
    [InlineData("%Missing%", "setting 'Missing'")]
    [InlineData("61 * * * * *", "not a valid NCRONTAB")]
    [InlineData("every day", "neither an NCRONTAB")]
    public void A_bad_schedule_names_the_function_and_the_reason(string schedule, string reason)
    {
        var error = Assert.Throws<FormatException>(() => TimerSchedule.Parse("PollFeeds", schedule, Settings));

        Assert.Contains("PollFeeds", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
