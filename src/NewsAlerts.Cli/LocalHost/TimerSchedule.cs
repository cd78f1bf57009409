namespace NewsAlerts.Cli.LocalHost;

using Microsoft.Extensions.Configuration;
using NCrontab;

/// <summary>
/// A timer trigger's schedule: a six-field NCRONTAB expression (with seconds, as the Functions host uses), a
/// five-field one, or a constant interval (<c>hh:mm:ss</c>); <c>%Name%</c> reads the expression from a setting.
/// Times are UTC, as in Azure unless WEBSITE_TIME_ZONE says otherwise.
/// </summary>
public sealed class TimerSchedule
{
    private readonly CrontabSchedule? cron;
    private readonly TimeSpan interval;

    private TimerSchedule(string expression, CrontabSchedule? cron, TimeSpan interval)
    {
        Expression = expression;
        this.cron = cron;
        this.interval = interval;
    }

    /// <summary>The resolved expression.</summary>
    public string Expression { get; }

    /// <summary>Parses a schedule, resolving a <c>%Setting%</c> reference against configuration.</summary>
    /// <exception cref="FormatException">The expression is neither NCRONTAB nor a TimeSpan; the message names the function.</exception>
    public static TimerSchedule Parse(string functionName, string schedule, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(configuration);
        var expression = schedule;
        if (schedule.Length > 2 && schedule.StartsWith('%') && schedule.EndsWith('%'))
        {
            var setting = schedule[1..^1];
            expression = configuration[setting]
                ?? throw new FormatException($"Function '{functionName}': setting '{setting}' named by its schedule is missing.");
        }

        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields is 5 or 6)
        {
            var options = new CrontabSchedule.ParseOptions { IncludingSeconds = fields == 6 };
            var parsed = CrontabSchedule.TryParse(expression, options)
                ?? throw new FormatException($"Function '{functionName}': '{expression}' is not a valid NCRONTAB expression.");
            return new TimerSchedule(expression, parsed, TimeSpan.Zero);
        }

        if (TimeSpan.TryParse(expression, System.Globalization.CultureInfo.InvariantCulture, out var interval) && interval > TimeSpan.Zero)
        {
            return new TimerSchedule(expression, null, interval);
        }

        throw new FormatException($"Function '{functionName}': schedule '{expression}' is neither an NCRONTAB expression nor a positive TimeSpan.");
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset after) =>
        cron is null
            ? after + interval
            : new DateTimeOffset(cron.GetNextOccurrence(after.UtcDateTime), TimeSpan.Zero);
}
