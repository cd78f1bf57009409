namespace NewsAlerts.Core.Feeds;

/// <summary>How often a feed is polled.</summary>
/// <param name="Interval">The feed's interval when all is well (default 5 minutes).</param>
/// <param name="Floor">The shortest wait between two polls of any feed, whatever the interval or a <c>Retry-After</c> says (default 1 minute).</param>
/// <param name="MaxBackoff">The longest wait after errors (default 6 hours), so a broken feed is still retried.</param>
/// <param name="MaxRetryAfter">The longest <c>Retry-After</c> honoured (default 1 day); a longer one is read as this.</param>
public sealed record PollSettings(TimeSpan Interval, TimeSpan Floor, TimeSpan MaxBackoff, TimeSpan MaxRetryAfter)
{
    /// <summary>5 minutes, a 1-minute floor, backoff up to 6 hours, <c>Retry-After</c> up to a day.</summary>
    public static PollSettings Default { get; } = new(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1), TimeSpan.FromHours(6), TimeSpan.FromDays(1));
}
