namespace NewsAlerts.Core.Digests;

/// <summary>Turns the entries of one due time into one digest batch per subscriber with anything pending.</summary>
public static class DigestBatches
{
    /// <summary>
    /// One batch per subscriber that has pending entries, in subscriber-id order; stories newest first (ties by article
    /// id, so a re-run makes the same batch), the oldest beyond <see cref="DigestBatch.MaxStories"/> counted in
    /// <see cref="DigestBatch.More"/>. Entries already sent are left out: a re-run after a crash sends only the rest.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    public static IReadOnlyList<DigestBatch> Of(IEnumerable<DigestEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries
            .Where(e => e.State == DigestEntryState.Pending)
            .GroupBy(e => (e.SubscriberId, e.DueAt))
            .OrderBy(g => g.Key.SubscriberId, StringComparer.Ordinal)
            .ThenBy(g => g.Key.DueAt)
            .Select(g =>
            {
                var stories = g
                    .OrderByDescending(e => e.PublishedAt)
                    .ThenBy(e => e.ArticleId, StringComparer.Ordinal)
                    .Select(e => e.ArticleId)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                return new DigestBatch(g.Key.SubscriberId, g.Key.DueAt, stories.Take(DigestBatch.MaxStories).ToList(), Math.Max(0, stories.Count - DigestBatch.MaxStories));
            })
            .ToList();
    }
}
