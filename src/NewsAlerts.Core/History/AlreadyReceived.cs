namespace NewsAlerts.Core.History;

using NewsAlerts.Core.Stories;

/// <summary>
/// Whether a subscriber already received a story, read from their history (pure): a digest does not list a story they
/// got as an alert (by email or text) or in an earlier digest, under its own id or as another copy of it (a shared
/// same-story key, <see cref="SameStory"/>), within the <see cref="SameStoryWindow"/>. Follow-ups do not count: they
/// tell of a story received before.
/// </summary>
public static class AlreadyReceived
{
    /// <summary>
    /// The row (newest first) by which the story of <paramref name="articleId"/> with <paramref name="keys"/> was already
    /// received, among <paramref name="rows"/> sent at or after <paramref name="since"/>; null when it was not.
    /// A row without stored keys (<see cref="ReceivedAlert.StoryKeys"/>) is matched by the keys of its headline, link
    /// and source (<see cref="SameStory.KeysOf(string, string, Uri, string)"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReceivedAlert? Find(string articleId, IReadOnlyList<string> keys, IEnumerable<ReceivedAlert> rows, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(rows);
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        return rows.Where(r => r.Kind is ReceivedKind.Alert or ReceivedKind.Digest && r.At >= since)
            .OrderByDescending(r => r.At)
            .FirstOrDefault(r => string.Equals(HistoryKeys.ArticleIdOf(r), articleId, StringComparison.Ordinal) || KeysOf(r).Any(wanted.Contains));
    }

    /// <summary>
    /// The article ids of <paramref name="stories"/> (article id and its same-story keys) already received by
    /// <see cref="Find"/>, in their order.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<string> Among(IEnumerable<(string ArticleId, IReadOnlyList<string> Keys)> stories, IReadOnlyList<ReceivedAlert> rows, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(rows);
        return [.. stories.Where(s => Find(s.ArticleId, s.Keys, rows, since) is not null).Select(s => s.ArticleId)];
    }

    private static IReadOnlyList<string> KeysOf(ReceivedAlert row) =>
        row.StoryKeys is { Length: > 0 } joined ? SameStory.Split(joined) : SameStory.KeysOf(row.Headline, null, row.Url, row.Source);
}
