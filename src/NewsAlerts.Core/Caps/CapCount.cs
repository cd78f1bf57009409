namespace NewsAlerts.Core.Caps;

/// <summary>
/// The alerts counted against one subscriber's daily cap on one channel and local day: one count key per alert
/// (<see cref="DailyCapCounting.CountKey"/> of its ledger key), so counting the same alert again changes nothing.
/// </summary>
/// <param name="Keys">The count keys, in the order they were counted (16 hex characters each).</param>
public sealed record CapCount(IReadOnlyList<string> Keys)
{
    /// <summary>Nothing counted yet.</summary>
    public static readonly CapCount Empty = new([]);

    /// <summary>How many alerts were counted.</summary>
    public int Count => Keys.Count;
}
