namespace NewsAlerts.Core.Feeds;

using System.Security.Cryptography;
using System.Text;
using NewsAlerts.Core.Articles;

/// <summary>
/// Decides which items of a poll are new, changed or already seen. An item is known by any of three keys: an id it
/// was seen under, a link it was seen with, or its content hash, so a feed that rewrites its GUIDs (a CMS
/// migration, a new feed generator) alerts nobody, and one that changes links keeps its items' versions.
/// </summary>
public static class FeedItemHistory
{
    /// <summary>The hash of what a reader sees of <paramref name="article"/>: its headline and body, white space folded.</summary>
    /// <returns>Lower-case hex SHA-256, 64 characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static string ContentHash(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // Folded into one buffer and hashed there: the same text as Fold(headline) + "\n" + Fold(body), without the words,
        // the joined strings and their bytes allocated one by one (the CPU trace of session 33: Decide and this were 7.7 % of a cycle's CPU).
        var length = article.Headline.Length + 1 + article.Body.Length;
        var rented = length <= 1024 ? null : System.Buffers.ArrayPool<char>.Shared.Rent(length);
        try
        {
            Span<char> text = rented is null ? stackalloc char[1024] : rented;
            var written = Fold(article.Headline, text);
            text[written++] = '\n';
            written += Fold(article.Body, text[written..]);
            var folded = text[..written];
            var byteCount = Encoding.UTF8.GetByteCount(folded);
            var rentedBytes = byteCount <= 3072 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(byteCount);
            try
            {
                Span<byte> bytes = rentedBytes is null ? stackalloc byte[3072] : rentedBytes;
                var encoded = Encoding.UTF8.GetBytes(folded, bytes);
                Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
                SHA256.HashData(bytes[..encoded], digest);
                return Convert.ToHexStringLower(digest);
            }
            finally
            {
                if (rentedBytes is not null)
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(rentedBytes);
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The decision for every article of a poll, and the history after it.</summary>
    /// <param name="firstPoll">True for a feed never polled successfully before: every item is recorded, none alerted.</param>
    /// <param name="seen">The feed's history before the poll.</param>
    /// <param name="articles">The poll's articles (version 1, as <see cref="FeedArticles.ToArticle"/> makes them), in feed order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="seen"/> or <paramref name="articles"/> is null.</exception>
    public static FeedPollResult Decide(bool firstPoll, IReadOnlyList<SeenItem> seen, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(articles);
        var history = seen.ToList();
        var index = new FeedHistoryIndex(history);
        var decisions = new List<FeedItemDecision>(articles.Count);
        foreach (var article in articles)
        {
            var hash = ContentHash(article);
            var link = article.Url?.AbsoluteUri;
            var at = index.ById(article.Id);
            var byId = at >= 0;
            if (at < 0 && link is not null)
            {
                at = index.ByLink(link);
            }

            if (at < 0)
            {
                at = index.ByHash(hash);
            }

            if (at < 0)
            {
                index.Add(new SeenItem(article.Id, [article.Id], link is null ? [] : [link], hash, 1));
                decisions.Add(new FeedItemDecision(firstPoll ? FeedItemOutcome.Recorded : FeedItemOutcome.New, article));
                continue;
            }

            var known = history[at];
            var remembered = known with
            {
                ItemIds = byId ? known.ItemIds : [.. known.ItemIds, article.Id],
                Links = link is null || known.Links.Contains(link, StringComparer.Ordinal) ? known.Links : [.. known.Links, link],
            };
            if (known.ContentHash == hash)
            {
                index.Set(at, remembered);
                decisions.Add(new FeedItemDecision(
                    byId ? FeedItemOutcome.Unchanged : FeedItemOutcome.Rekeyed,
                    article with { Id = known.ArticleId, Version = known.Version }));
                continue;
            }

            // A correction: the story keeps its id, so alerts already sent for it are superseded, not repeated as news.
            var version = known.Version + 1;
            index.Set(at, remembered with { ContentHash = hash, Version = version });
            decisions.Add(new FeedItemDecision(
                firstPoll ? FeedItemOutcome.Recorded : FeedItemOutcome.Changed,
                article with { Id = known.ArticleId, Version = version }));
        }

        return new FeedPollResult(decisions, history);
    }

    /// <summary>
    /// The history after a poll without the items that failed to ingest: a new item is dropped (it is new again at the next
    /// poll) and a changed one keeps what it was before (it is changed again), so the next poll retries exactly those.
    /// </summary>
    /// <param name="before">The history before the poll.</param>
    /// <param name="after">The history <see cref="Decide"/> made.</param>
    /// <param name="failedIds">The article ids (as the history knows them) not ingested.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<SeenItem> Forget(IReadOnlyList<SeenItem> before, IReadOnlyList<SeenItem> after, IReadOnlySet<string> failedIds)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(failedIds);
        if (failedIds.Count == 0)
        {
            return after;
        }

        var earlier = before.GroupBy(h => h.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return [.. after.Select(h => !failedIds.Contains(h.ArticleId) ? h : earlier.GetValueOrDefault(h.ArticleId)).OfType<SeenItem>()];
    }

    /// <summary>
    /// The history bounded to <paramref name="max"/> items: every item of the latest poll is kept (dropping one would make
    /// it new again on the next poll), then the most recently recorded others, up to the bound.
    /// </summary>
    /// <param name="history">The history after a poll, oldest first (as <see cref="Decide"/> leaves it).</param>
    /// <param name="current">The articles of the latest poll, as decided (ids as the history knows them).</param>
    /// <param name="max">The most items to keep, at least 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or <paramref name="current"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is below 1.</exception>
    public static IReadOnlyList<SeenItem> Prune(IReadOnlyList<SeenItem> history, IReadOnlyList<FeedItemDecision> current, int max)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (history.Count <= max)
        {
            return history;
        }

        var inFeed = current.Select(d => d.Article.Id).ToHashSet(StringComparer.Ordinal);
        var room = Math.Max(0, max - history.Count(h => inFeed.Contains(h.ArticleId)));
        var keep = new HashSet<int>();
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (inFeed.Contains(history[i].ArticleId))
            {
                keep.Add(i);
            }
            else if (room > 0)
            {
                keep.Add(i);
                room--;
            }
        }

        return history.Where((_, i) => keep.Contains(i)).ToList();
    }

    /// <summary>
    /// Whether two histories remember the same items under the same keys, hashes and versions, in the same order: a poll
    /// whose history came out the same as it went in (every item unchanged, no new id or link) needs no history write.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is null.</exception>
    public static bool Same(IReadOnlyList<SeenItem> before, IReadOnlyList<SeenItem> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return before.Count == after.Count && before.Zip(after).All(p =>
            ReferenceEquals(p.First, p.Second)
            || (p.First.ArticleId == p.Second.ArticleId && p.First.ContentHash == p.Second.ContentHash && p.First.Version == p.Second.Version
                && p.First.ItemIds.SequenceEqual(p.Second.ItemIds, StringComparer.Ordinal) && p.First.Links.SequenceEqual(p.Second.Links, StringComparer.Ordinal)));
    }

    // Writes the words of text (runs of non-white-space, as string.Split with no separator finds them) joined by one space
    // to the start of into, which has room for text; answers how many characters it wrote.
    private static int Fold(string text, Span<char> into)
    {
        var written = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = written > 0;
                continue;
            }

            if (pendingSpace)
            {
                into[written++] = ' ';
                pendingSpace = false;
            }

            into[written++] = c;
        }

        return written;
    }
}
