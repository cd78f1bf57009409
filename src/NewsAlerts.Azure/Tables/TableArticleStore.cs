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
        if (article.Url is not null || article.Notice is not null)
        {
            // The link row carries what the short link shows, so following it costs one point read.
            var links = await tables.GetAsync(Links, cancellationToken);
            var link = new TableEntity(AlertLinks.ShortCode(article.Id), string.Empty)
            {
                ["Url"] = article.Url?.AbsoluteUri,
                ["Headline"] = article.Headline,
                ["NoticeKind"] = article.Notice?.Kind.ToString(),
                ["NoticeNote"] = article.Notice?.Note,
                ["NoticedAt"] = article.Notice is null ? null : article.PublishedAt,
            };
            await links.UpsertEntityAsync(link, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<ArticleLink?> FindLinkAsync(string shortCode, CancellationToken cancellationToken)
    {
        var links = await tables.GetAsync(Links, cancellationToken);
        var row = await links.GetEntityIfExistsAsync<TableEntity>(shortCode, string.Empty, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is not { } entity)
        {
            return null;
        }

        var notice = Enum.TryParse<NoticeKind>(entity.GetString("NoticeKind"), out var kind) ? new ArticleNotice(kind, entity.GetString("NoticeNote")) : null;
        var url = entity.GetString("Url") is { } text ? new Uri(text) : null;
        return new ArticleLink(url, entity.GetString("Headline") ?? string.Empty, notice, notice is null ? null : entity.GetDateTimeOffset("NoticedAt"));
    }
}
