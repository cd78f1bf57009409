namespace NewsAlerts.Azure.Tables;

using global::Azure;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Stories;

/// <summary>
/// The copies index in Table storage (<c>storycopies</c>): partition = a same-story key (<c>text:</c>, <c>link:</c> or
/// <c>source:</c> and 64 hex digits, <see cref="SameStory.KeysOf"/>), row = the encoded article id (its SHA-256 when too long for a key), holding the id, its headline,
/// the time it was first recorded (<c>At</c>) and all its keys. A copy is inserted once per key (a second record of it
/// keeps the first time); the copies of a story are one query per key, filtered by <c>At</c>. Rows hold no subscriber.
/// </summary>
public sealed class TableStoryCopies(TableSet tables) : IStoryCopies
{
    private const string TableName = "storycopies";
    private const int Parallelism = 8;

    /// <inheritdoc />
    public async Task RecordAsync(IReadOnlyList<StoryCopy> copies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(copies);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var rows = copies.SelectMany(c => c.Keys.Where(TableKeys.IsUsable).Select(key => new TableEntity(key, RowKeyOf(c.ArticleId))
        {
            ["ArticleId"] = c.ArticleId,
            ["Headline"] = c.Headline.Length <= 1000 ? c.Headline : c.Headline[..1000],
            ["At"] = c.At,
            ["Keys"] = string.Join(' ', c.Keys),
        }));
        await Parallel.ForEachAsync(rows, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (row, ct) =>
        {
            try
            {
                await table.AddEntityAsync(row, ct);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Recorded before (a retried ingest, a newer version): the first time stands, so the order of copies holds.
            }
        });
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoryCopy>> ListAsync(IReadOnlyList<string> keys, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var found = new Dictionary<string, StoryCopy>(StringComparer.Ordinal);
        foreach (var key in keys.Where(TableKeys.IsUsable).Distinct(StringComparer.Ordinal))
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {key} and At ge {since}");
            await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                if (row.GetDateTimeOffset("At") is { } at && row.GetString("ArticleId") is { } articleId)
                {
                    found.TryAdd(articleId, new StoryCopy(articleId, row.GetString("Headline") ?? string.Empty, at, SameStory.Split(row.GetString("Keys"))));
                }
            }
        }

        return [.. found.Values.OrderBy(c => c.At).ThenBy(c => c.ArticleId, StringComparer.Ordinal)];
    }

    // The encoded id (order and reading need nothing of it: the id is a column), or its hash when too long for a key.
    private static string RowKeyOf(string articleId) =>
        TableKeys.Encode(articleId) is var encoded && TableKeys.IsUsable(encoded)
            ? encoded
            : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(articleId)));
}
