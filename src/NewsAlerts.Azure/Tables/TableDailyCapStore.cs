namespace NewsAlerts.Azure.Tables;

using System.Globalization;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Caps;
using NewsAlerts.Core.Delivery;

/// <summary>
/// Daily cap counters in Table storage (table <c>dailycaps</c>): one entity per subscriber, channel and local day,
/// partition = the subscriber id (base64url, <see cref="TableKeys"/>), row = <c>{email|sms}-{yyyy-MM-dd}</c>, with
/// <c>Count</c> (int), <c>Keys</c> (the count keys, 16 hex characters each, comma-separated: at most 1,000 caps'
/// worth, about 17 KB) and <c>Overflow</c> (alerts refused into a digest, <c>{count key}@{due time in Unix minutes}</c>,
/// comma-separated: at most <see cref="DailyCapCounting.MaxRemembered"/>, about 26 KB). Reading a counter is one point read; a change is one conditional write (replace with the read
/// ETag, or insert when missing); a 412 or 409 means another replica counted in between, and the decision is made
/// again on what it wrote. Rows of past days stay behind (one small row per capped subscriber, channel and day, holding
/// no contact, only the subscriber id).
/// </summary>
public sealed class TableDailyCapStore(TableSet tables) : IDailyCapStore
{
    /// <summary>The table's name (after the configured prefix).</summary>
    public const string TableName = "dailycaps";

    /// <inheritdoc />
    public async Task<CapCount> GetAsync(string subscriberId, Channel channel, DateOnly day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(subscriberId), RowKey(channel, day), ["Keys", "Overflow"], cancellationToken);
        return row.HasValue && row.Value is { } stored ? Read(stored) : CapCount.Empty;
    }

    /// <inheritdoc />
    public async Task<CapTake> UpdateAsync(string subscriberId, Channel channel, DateOnly day, Func<CapCount, CapTake> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        ArgumentNullException.ThrowIfNull(decide);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(subscriberId);
        var rowKey = RowKey(channel, day);

        // Contention is one subscriber's alerts of one day arriving at once on several replicas: a handful of writers.
        var decided = await CounterRow.UpdateAsync(table, partition, rowKey, stored =>
        {
            var take = decide(stored is null ? CapCount.Empty : Read(stored));
            return (take, take.Next is { } next
                ? new TableEntity(partition, rowKey)
                {
                    ["Count"] = next.Count,
                    ["Keys"] = string.Join(',', next.Keys),
                    ["Overflow"] = string.Join(',', next.Refused.Select(o => $"{o.Key}@{(o.DueAt.ToUnixTimeSeconds() / 60).ToString(CultureInfo.InvariantCulture)}")),
                }
                : null);
        }, cancellationToken);
        return decided ?? throw new InvalidOperationException($"The daily cap counter stayed contended for {CounterRow.MaxRounds} rounds.");
    }

    private static string RowKey(Channel channel, DateOnly day) =>
        $"{channel.ToString().ToLowerInvariant()}-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static CapCount Read(TableEntity entity) => new(
        entity.GetString("Keys") is { Length: > 0 } keys ? keys.Split(',') : [],
        entity.GetString("Overflow") is { Length: > 0 } overflow ? [.. overflow.Split(',').Select(ReadOverflow)] : null);

    // "{count key}@{due time in Unix minutes}".
    private static CapOverflow ReadOverflow(string item)
    {
        var at = item.IndexOf('@', StringComparison.Ordinal);
        return new CapOverflow(item[..at], DateTimeOffset.FromUnixTimeSeconds(long.Parse(item[(at + 1)..], CultureInfo.InvariantCulture) * 60));
    }
}
