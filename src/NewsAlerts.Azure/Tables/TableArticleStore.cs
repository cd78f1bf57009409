namespace NewsAlerts.Azure.Tables;

using System.Globalization;
using System.Text.Json;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Ports;

/// <summary>
/// Articles in Table storage: one row per story (partition = encoded id), holding its latest version. Every save also
/// writes a line to <c>recentarticles</c> (partition = the UTC day it was stored, row = inverted time), so the editor
/// console lists recent stories by reading today's partition and a few before it, newest first, however many stories
/// the table holds.
/// </summary>
public sealed class TableArticleStore(TableSet tables, TimeProvider? time = null) : IArticleStore, IRecentArticles
{
    private const string TableName = "articles";
    private const string Latest = "latest";
    private const string Links = "articlelinks";
    private const string Recent = "recentarticles";
    private readonly TimeProvider clock = time ?? TimeProvider.System;

    /// <inheritdoc />
    public async Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(articleId), Latest, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity && JsonRows.Read(entity) is { } json ? JsonSerializer.Deserialize<Article>(json, JsonRows.Options) : null;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The story's row, its line in <c>recentarticles</c> and its short link are three tables, so no one transaction holds
    /// them. The story's row is written first, conditionally (<see cref="ArticleVersions.Replaces"/> on the row as read,
    /// then an insert or an ETag-matched replace; a conflict reads and decides again), so a version never overwrites a newer
    /// one or a withdrawal; then, only when it was written, the other two at once. Each is idempotent and the save fails if
    /// any fails, so the caller's retry (an editor's, or the feed's next poll) writes them again (the retry is a duplicate, and
    /// ingestion completes a duplicate, <see cref="CompleteAsync"/>); until then a link or a
    /// recent line may lag the story's row, which readers of either never assume otherwise.
    /// </remarks>
    public async Task SaveAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        // Every story has a short link, with a URL or not: an alert's text always carries one (a story without a URL
        // shows its headline and summary there).
        var savedAt = clock.GetUtcNow();
        if (await SaveLatestAsync(article, savedAt, cancellationToken))
        {
            await Task.WhenAll(SaveRecentAsync(article, savedAt, cancellationToken), SaveLinkAsync(article, cancellationToken));
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// One point read of the story's row, then its recent line and short link upserted at once. The line's key is the
    /// time the row was saved (its <c>SavedAt</c>, or the row's timestamp for rows written before it was kept), as the
    /// save wrote it, so completing a story whose line is there rewrites that line, never adds a second one or moves the
    /// story up the editor console's list.
    /// </remarks>
    public async Task CompleteAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(articleId), Latest, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is not { } entity || JsonRows.Read(entity) is not { } json || JsonSerializer.Deserialize<Article>(json, JsonRows.Options) is not { } article)
        {
            return;
        }

        var savedAt = entity.GetDateTimeOffset("SavedAt") ?? entity.Timestamp ?? clock.GetUtcNow();
        await Task.WhenAll(SaveRecentAsync(article, savedAt, cancellationToken), SaveLinkAsync(article, cancellationToken));
    }

    /// <inheritdoc />
    /// <remarks>
    /// Each story's row as <see cref="SaveAsync"/> writes it (its own partition, conditional), up to
    /// <see cref="SavesAtOnce"/> at once; then the lines in <c>recentarticles</c> of the stories written, one transaction
    /// per day partition and up to 100 rows (Azure Tables' limit for an entity group transaction), and their short
    /// links (one partition each) at once. A story whose row fails is set aside and the others go on, so a story whose
    /// row landed gets its line and link; then one <see cref="ArticleSaveException"/> per story not saved (its row, or its
    /// line or link) is thrown together. A retry of a story whose row landed finds it a duplicate, and ingestion then
    /// completes its line and link (<see cref="CompleteAsync"/>).
    /// </remarks>
    public async Task SaveManyAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var written = new System.Collections.Concurrent.ConcurrentBag<Article>();
        var failed = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var savedAt = clock.GetUtcNow();
        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = SavesAtOnce, CancellationToken = cancellationToken }, async (article, ct) =>
        {
            try
            {
                if (await SaveLatestAsync(article, savedAt, ct))
                {
                    written.Add(article);
                }
            }
            catch (Exception exception) when (!ct.IsCancellationRequested && exception is not OutOfMemoryException)
            {
                failed.Add(new ArticleSaveException(article.Id, exception));
            }
        });
        if (!written.IsEmpty)
        {
            foreach (var exception in await SaveLinesAndLinksAsync([.. written], savedAt, cancellationToken))
            {
                failed.Add(exception);
            }
        }

        if (!failed.IsEmpty)
        {
            throw new AggregateException(failed);
        }
    }

    // The recent lines and short links of the stories whose rows were written; a story whose line (its day's transaction)
    // or link failed is named, so the caller retries it alone, and the retry, a duplicate, completes it (CompleteAsync).
    private async Task<IReadOnlyList<ArticleSaveException>> SaveLinesAndLinksAsync(IReadOnlyList<Article> written, DateTimeOffset savedAt, CancellationToken cancellationToken)
    {
        var recent = await tables.GetAsync(Recent, cancellationToken);
        var lines = written.Select(a => (Article: a, Line: RecentLine(a, savedAt))).ToList();
        var writes = lines.GroupBy(l => l.Line.PartitionKey, StringComparer.Ordinal).SelectMany(day => day.Chunk(MaxTransactionRows))
            .Select(rows => Attempt(
                rows.Select(r => r.Article),
                () => recent.SubmitTransactionAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.Line)), cancellationToken)))
            .Concat(written.Select(a => Attempt([a], () => SaveLinkAsync(a, cancellationToken))));
        var failures = await Task.WhenAll(writes);
        return [.. failures.SelectMany(f => f).DistinctBy(f => f.ArticleId, StringComparer.Ordinal)];

        async Task<IReadOnlyList<ArticleSaveException>> Attempt(IEnumerable<Article> of, Func<Task> write)
        {
            try
            {
                await write();
                return [];
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not OutOfMemoryException)
            {
                return [.. of.Select(a => new ArticleSaveException(a.Id, exception))];
            }
        }
    }

    /// <summary>How many stories' rows <see cref="SaveManyAsync"/> writes at once (16).</summary>
    public const int SavesAtOnce = 16;

    // Azure Tables: an entity group transaction holds at most 100 operations, all in one partition
    // (https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions).
    private const int MaxTransactionRows = 100;

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
        return new ArticleLink(url, entity.GetString("Headline") ?? string.Empty, notice, notice is null ? null : entity.GetDateTimeOffset("NoticedAt"), entity.GetString("Summary"));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RecentArticle>> ListRecentAsync(int max, int days, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var table = await tables.GetAsync(Recent, cancellationToken);
        var found = new List<RecentArticle>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var today = clock.GetUtcNow().UtcDateTime.Date;
        for (var day = 0; day < days && found.Count < max; day++)
        {
            var partition = DayKey(today.AddDays(-day));
            await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
            {
                // Rows are newest first, so the first row of a story is its latest version.
                if (row.GetString("ArticleId") is not { } id || !seen.Add(id))
                {
                    continue;
                }

                var notice = Enum.TryParse<NoticeKind>(row.GetString("NoticeKind"), out var kind) ? kind : (NoticeKind?)null;
                found.Add(new RecentArticle(
                    id, row.GetInt32("Version") ?? 0, row.GetString("Headline") ?? string.Empty, row.GetInt32("Urgency") ?? 0, notice,
                    row.GetDateTimeOffset("SavedAt") ?? DateTimeOffset.MinValue, row.GetString("Source"),
                    Uri.TryCreate(row.GetString("Url"), UriKind.Absolute, out var url) ? url : null));
                if (found.Count >= max)
                {
                    break;
                }
            }
        }

        return found;
    }

    // Writes the story's row when the rule lets this version replace the stored one; false when it does not.
    private async Task<bool> SaveLatestAsync(Article article, DateTimeOffset savedAt, CancellationToken cancellationToken)
    {
        const int MaxConflicts = 8;
        var table = await tables.GetAsync(TableName, cancellationToken);
        var key = TableKeys.Encode(article.Id);
        for (var conflicts = 0; ; conflicts++)
        {
            // A first version is almost always a new story: it is inserted without reading first (an insert-if-absent is
            // the write a read finding nothing would make). When the row exists (a retry, a race) the insert fails with
            // 409 and the loop reads and decides as for any other version. Saves one round trip per new story.
            TableEntity? existing = null;
            if (conflicts > 0 || !InsertFirst(article))
            {
                var current = await table.GetEntityIfExistsAsync<TableEntity>(key, Latest, cancellationToken: cancellationToken);
                existing = current.HasValue ? current.Value : null;
            }

            var stored = existing is not null && JsonRows.Read(existing) is { } json ? JsonSerializer.Deserialize<Article>(json, JsonRows.Options) : null;
            if (!ArticleVersions.Replaces(stored, article))
            {
                return false;
            }

            var row = JsonRows.Fit(new TableEntity(key, Latest)
            {
                ["ArticleId"] = article.Id,
                ["Version"] = article.Version,
                ["Urgency"] = article.Urgency,
                ["Headline"] = article.Headline,
                ["PublishedAt"] = article.PublishedAt,
                // The recent line's time: a completion (CompleteAsync) rewrites the very line this save writes.
                ["SavedAt"] = savedAt,
                // Bodies can exceed a property's 64 KiB; JSON is split over as many properties as it needs.
                ["Json"] = JsonSerializer.Serialize(article, JsonRows.Options),
            });
            try
            {
                if (existing is not null)
                {
                    await table.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await table.AddEntityAsync(row, cancellationToken);
                }

                return true;
            }
            catch (global::Azure.RequestFailedException ex) when (ex.Status is 409 or 412 && conflicts < MaxConflicts)
            {
                // Another save of the story came between the read and the write: decide again on what it wrote.
            }
        }
    }

    /// <summary>
    /// Whether a save tries an insert before reading the story's row: only for a first version (<see cref="Article.Version"/>
    /// 1, as a new story from the API or a feed comes), which a stored row almost never holds yet; a wrong guess costs the
    /// failed insert (409) and then the read every other save makes.
    /// </summary>
    private static bool InsertFirst(Article article) => article.Version == 1;

    // The link row carries what the short link shows, so following it costs one point read.
    private async Task SaveLinkAsync(Article article, CancellationToken cancellationToken)
    {
        var links = await tables.GetAsync(Links, cancellationToken);
        var link = new TableEntity(AlertLinks.ShortCode(article.Id), string.Empty)
        {
            ["Url"] = article.Url?.AbsoluteUri,
            ["Headline"] = article.Headline,
            ["Summary"] = article.Summary(),
            ["NoticeKind"] = article.Notice?.Kind.ToString(),
            ["NoticeNote"] = article.Notice?.Note,
            ["NoticedAt"] = article.Notice is null ? null : article.PublishedAt,
        };
        await links.UpsertEntityAsync(link, TableUpdateMode.Replace, cancellationToken);
    }

    private async Task SaveRecentAsync(Article article, DateTimeOffset savedAt, CancellationToken cancellationToken)
    {
        var recent = await tables.GetAsync(Recent, cancellationToken);
        await recent.UpsertEntityAsync(RecentLine(article, savedAt), TableUpdateMode.Replace, cancellationToken);
    }

    // A story's line in recentarticles: partition the UTC day it was stored, row newest first, then the story.
    private static TableEntity RecentLine(Article article, DateTimeOffset now)
    {
        var rowKey = string.Create(CultureInfo.InvariantCulture, $"{TableKeys.NewestFirst(now)}-{TableKeys.Encode(article.Id)}");
        return new TableEntity(DayKey(now.UtcDateTime.Date), rowKey.Length > TableKeys.MaxLength ? rowKey[..TableKeys.MaxLength] : rowKey)
        {
            ["ArticleId"] = article.Id,
            ["Version"] = article.Version,
            ["Urgency"] = article.Urgency,
            ["Headline"] = article.Headline,
            ["NoticeKind"] = article.Notice?.Kind.ToString(),
            ["SavedAt"] = now,
            // What the console's list names the story by besides its headline (RecentArticle.Source, .Url).
            ["Source"] = article.Source,
            ["Url"] = article.Url?.OriginalString,
        };
    }

    private static string DayKey(DateTime day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
