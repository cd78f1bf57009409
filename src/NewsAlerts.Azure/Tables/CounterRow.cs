namespace NewsAlerts.Azure.Tables;

using global::Azure;
using global::Azure.Data.Tables;

/// <summary>
/// A counter that several instances share, kept in one Table entity and changed by read, decide, write-if-unchanged:
/// the row is read with its ETag, the caller decides what it becomes, and the write replaces it only if nobody wrote in
/// between (or inserts it only if it is still missing). A 412 or 409 means another instance won; after a short random
/// pause the decision is made again on what that instance wrote. Used by the daily caps and the rate limits.
/// </summary>
internal static class CounterRow
{
    /// <summary>
    /// Rounds of read-decide-write before giving up. Contention is on one entity at a time (one subscriber's alerts of
    /// one day, or the day's SMS budget): 20 rounds with a 5-50 ms pause cover far more concurrent writers than that.
    /// </summary>
    public const int MaxRounds = 20;

    /// <summary>
    /// Reads the entity <paramref name="partitionKey"/>/<paramref name="rowKey"/> (null when missing), asks
    /// <paramref name="decide"/> for a decision and the entity to write (null: write nothing), and writes it
    /// conditionally, deciding again on each lost race.
    /// </summary>
    /// <returns>The decision of the round that wrote (or had nothing to write); null when every round lost its race.</returns>
    /// <exception cref="RequestFailedException">Table storage failed other than by a lost race (409, 412).</exception>
    public static async Task<T?> UpdateAsync<T>(
        TableClient table, string partitionKey, string rowKey, Func<TableEntity?, (T Decision, TableEntity? Write)> decide, CancellationToken cancellationToken)
        where T : class
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
            var current = row.HasValue ? row.Value : null;
            var (decision, write) = decide(current);
            if (write is null)
            {
                return decision;
            }

            try
            {
                if (current is not null)
                {
                    await table.UpdateEntityAsync(write, current.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await table.AddEntityAsync(write, cancellationToken);
                }

                return decision;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 50)), cancellationToken);
            }
        }

        return null;
    }
}
