namespace NewsAlerts.Core.Dispatch;

using System.Runtime.CompilerServices;

/// <summary>Filters over ledger rows read from a store.</summary>
public static class LedgerRows
{
    /// <summary>The rows of <paramref name="rows"/> changed at or after <paramref name="since"/> (a row without a time counts as changed).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static async IAsyncEnumerable<LedgerEntry> ChangedSince(
        IAsyncEnumerable<LedgerEntry> rows, DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (row.UpdatedAt is not { } at || at >= since)
            {
                yield return row;
            }
        }
    }
}
