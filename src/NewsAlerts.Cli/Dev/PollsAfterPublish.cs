namespace NewsAlerts.Cli.Dev;

/// <summary>
/// Whether a poll that began after the demo's publish has ended, from the feed's health read again and again (the
/// review of trial r38 #3: a poll that fetched before the publish and finished after it, its ingestion waiting for a
/// group commit of <c>IngestionBatches</c>, was taken for the poll that read the item). The health names when polls
/// ended (<c>lastSuccess</c>, <c>lastErrorAt</c>), not when they began, and in the host's clock, not the demo's; so
/// this counts ends instead of comparing times: the first end seen after the publish may be of a poll that began before
/// it, but a feed's polls never overlap (each holds the feed's lease), so the poll that ends next began after it.
/// </summary>
/// <param name="atPublish">The health's poll ends read just after the publish (<see cref="EndOf"/>).</param>
public sealed class PollsAfterPublish(string atPublish)
{
    private string last = atPublish;
    private int ends;

    /// <summary>The ends of a feed's polls as one value: <c>lastSuccess</c> and <c>lastErrorAt</c> (either may be null).</summary>
    public static string EndOf(DateTimeOffset? lastSuccess, DateTimeOffset? lastErrorAt) =>
        $"{lastSuccess?.ToUnixTimeMilliseconds()}|{lastErrorAt?.ToUnixTimeMilliseconds()}";

    /// <summary>
    /// Takes the health's poll ends read now (<see cref="EndOf"/>); true once two polls ended since the publish (two
    /// changes seen; one end missed between two reads only makes this wait for one more), so the last began after it.
    /// </summary>
    public bool Saw(string end)
    {
        if (!string.Equals(end, last, StringComparison.Ordinal))
        {
            last = end;
            ends++;
        }

        return ends >= 2;
    }
}
