namespace NewsAlerts.Azure.Tables;

using System.Security.Cryptography;
using System.Text;
using global::Azure;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.RateLimits;

/// <summary>
/// Rate-limit counters in Table storage (table <c>ratelimits</c>), shared by every instance. One counter is one entity
/// (partition <c>{limit}-{hash of key}</c>, row ""), so a change is one conditional write: read with its ETag, decide,
/// then replace only if nobody wrote in between (insert only if still missing); a 412 or 409 means another instance
/// won, and the decision is made again on what it wrote. Keys are stored as a SHA-256 prefix, never as the address or
/// number itself. A counter's window restarts in place when it is over, so a key has one row however long it is used;
/// rows of keys not seen again stay behind (a few dozen bytes each).
/// </summary>
public sealed class TableRateCounterStore(TableSet tables) : IRateCounterStore
{
    /// <summary>The table's name (after the configured prefix).</summary>
    public const string TableName = "ratelimits";

    /// <inheritdoc />
    public async Task<RateDecision> TakeAsync(string limit, string key, Func<RateCounter?, RateDecision> decide, CancellationToken cancellationToken)
    {
        try
        {
            return await TakeOnceAsync(limit, key, decide, cancellationToken);
        }
        catch (RequestFailedException)
        {
            // Storage is throttling or away: nothing can be counted, so refuse (send nothing) and ask the client to
            // come back in a while, rather than failing the request.
            return new RateDecision(false, null, TimeSpan.FromSeconds(30)) { Cause = SignUpLimits.Unavailable };
        }
    }

    private async Task<RateDecision> TakeOnceAsync(string limit, string key, Func<RateCounter?, RateDecision> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limit);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(decide);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = $"{limit}-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 16)}";

        // Contention is on one entity at a time; the day's SMS budget is the hottest.
        var decided = await CounterRow.UpdateAsync(table, partition, string.Empty, stored =>
        {
            var current = stored is not null && stored.GetDateTimeOffset("WindowStart") is { } start && stored.GetInt32("Count") is { } count
                ? new RateCounter(start, count)
                : null;
            var decision = decide(current);
            return (decision, decision.Allowed && decision.Next is { } next
                ? new TableEntity(partition, string.Empty) { ["WindowStart"] = next.WindowStart, ["Count"] = next.Count }
                : null);
        }, cancellationToken);

        // Lost every round: refuse (sending nothing is the safe side) and let the client come back shortly.
        return decided ?? new RateDecision(false, null, TimeSpan.FromSeconds(1)) { Cause = SignUpLimits.Contention };
    }
}
