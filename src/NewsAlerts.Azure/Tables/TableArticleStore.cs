namespace NewsAlerts.Azure.Tables;

using System.Text.Json;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;

/// <summary>Articles in Table storage: one row per story (partition = encoded id), holding its latest version.</summary>
public sealed class TableArticleStore(TableSet tables) : IArticleStore
{
    private const string TableName = "articles";
    private const string Latest = "latest";
    private const string Links = "articlelinks";

    /// <inheritdoc />
    public async Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(articleId), Latest, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity && JsonRows.Read(entity) is { } json ? JsonSerializer.Deserialize<Article>(json, JsonRows.Options) : null;
    }

    /// <inheritdoc />
    public async Task SaveAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = new TableEntity(TableKeys.Encode(article.Id), Latest)
        {
            ["ArticleId"] = article.Id,
            ["Version"] = article.Version,
            ["Urgency"] = article.Urgency,
            ["Headline"] = article.Headline,
            ["PublishedAt"] = article.PublishedAt,
            // Bodies can exceed a property's 64 KiB; JSON is split over as many properties as it needs.
            ["Json"] = JsonSerializer.Serialize(article, JsonRows.Options),
        };
        await table.UpsertEntityAsync(JsonRows.Fit(row), TableUpdateMode.Replace, cancellationToken);
        if (article.Url is { } url)
        {
            var links = await tables.GetAsync(Links, cancellationToken);
            await links.UpsertEntityAsync(new TableEntity(AlertLinks.ShortCode(article.Id), string.Empty) { ["Url"] = url.AbsoluteUri }, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<Uri?> FindUrlAsync(string shortCode, CancellationToken cancellationToken)
    {
        var links = await tables.GetAsync(Links, cancellationToken);
        var row = await links.GetEntityIfExistsAsync<TableEntity>(shortCode, string.Empty, cancellationToken: cancellationToken);
        return row.HasValue && row.Value?.GetString("Url") is { } url ? new Uri(url) : null;
    }
}
