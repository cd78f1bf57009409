namespace NewsAlerts.Azure.Tables;

using System.Text.Json;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Ports;

/// <summary>
/// WebSub subscriptions as a fourth row (<c>websub</c>) in each feed's partition of the <c>feeds</c> table
/// (see <see cref="TableFeedStore"/>). Removing a feed leaves this row: it goes once the hub verified our unsubscription.
/// </summary>
public sealed class TableWebSubStore(TableSet tables) : IWebSubStore
{
    private const string Feeds = "feeds";
    private const string Row = "websub";

    /// <inheritdoc />
    public async Task<WebSubSubscription?> GetAsync(string feedId, CancellationToken cancellationToken)
    {
        if (!IsId(feedId))
        {
            return null;
        }

        var table = await tables.GetAsync(Feeds, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(feedId, Row, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } row ? Read(row) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WebSubSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Feeds, cancellationToken);
        var all = new List<WebSubSubscription>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {Row}"), cancellationToken: cancellationToken))
        {
            all.Add(Read(row));
        }

        return all;
    }

    /// <inheritdoc />
    public async Task SaveAsync(WebSubSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var table = await tables.GetAsync(Feeds, cancellationToken);
        var row = new TableEntity(subscription.FeedId, Row) { ["Json"] = JsonSerializer.Serialize(subscription, JsonRows.Options) };
        await table.UpsertEntityAsync(JsonRows.Fit(row), TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string feedId, CancellationToken cancellationToken)
    {
        if (!IsId(feedId))
        {
            return;
        }

        var table = await tables.GetAsync(Feeds, cancellationToken);
        await table.DeleteEntityAsync(feedId, Row, global::Azure.ETag.All, cancellationToken);
    }

    private static WebSubSubscription Read(TableEntity row) => JsonSerializer.Deserialize<WebSubSubscription>(JsonRows.Read(row)!, JsonRows.Options)!;

    // The registry's ids only (as TableFeedStore): anything else from a callback URL finds nothing.
    private static bool IsId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
