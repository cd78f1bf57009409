namespace NewsAlerts.Core.Caps;

/// <summary>
/// The alerts counted against one subscriber's daily cap on one channel and local day: one count key per alert
/// (<see cref="DailyCapCounting.CountKey"/> of its ledger key), so counting the same alert again changes nothing; and
/// the alerts refused that day that went to a digest, with the digest's due time, so refusing one again changes nothing either.
/// </summary>
/// <param name="Keys">The count keys, in the order they were counted (16 hex characters each).</param>
/// <param name="Overflow">The refused alerts put in a digest, in the order they were refused; null or empty when none.</param>
public sealed record CapCount(IReadOnlyList<string> Keys, IReadOnlyList<CapOverflow>? Overflow = null)
{
    /// <summary>Nothing counted yet.</summary>
    public static readonly CapCount Empty = new([]);

    /// <summary>How many alerts were counted.</summary>
    public int Count => Keys.Count;

    /// <summary>The refused alerts put in a digest (never null).</summary>
    public IReadOnlyList<CapOverflow> Refused => Overflow ?? [];
}
