namespace NewsAlerts.Core.RateLimits;

/// <summary>
/// The counts one request took from the sign-up limits (<see cref="SignUpLimits"/>: the client's count for its action,
/// each contact's, a number's prefix and the SMS budget), kept so that they can be given back
/// (<see cref="SignUpLimits.GiveBackAsync"/>) when what they were taken for was not sent because of us: the store or
/// the queue failed, or no confirmation went out (issue 16: a 503 on <c>/manage/link</c> left the person's allowances
/// spent, so trying while we were down locked them out). Filled only when every limit allowed the request; given back
/// once at most.
/// </summary>
public sealed class TakenAllowances
{
    private readonly List<(RateLimit Limit, string Key)> counts = [];

    /// <summary>How many counts were taken (0 before a request is allowed, and after they were given back).</summary>
    public int Count => counts.Count;

    /// <summary>When the last count was taken: a counter whose window started later was restarted since, and is left alone.</summary>
    public DateTimeOffset TakenAt { get; private set; }

    internal void Record(IEnumerable<(RateLimit Limit, string Key)> taken, DateTimeOffset takenAt)
    {
        counts.AddRange(taken);
        TakenAt = takenAt;
    }

    // The counts to give back, once: later calls find none.
    internal IReadOnlyList<(RateLimit Limit, string Key)> Release()
    {
        var released = counts.ToList();
        counts.Clear();
        return released;
    }
}
