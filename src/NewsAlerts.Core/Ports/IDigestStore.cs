namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Digests;

/// <summary>
/// Digest entries, kept so that one digest run reads the entries of one due time, and a retraction finds every
/// entry of a story. Recording the same story for the same digest again replaces the entry (one per story).
/// </summary>
public interface IDigestStore
{
    /// <summary>Records pending entries (insert or replace), in as few storage calls as it can.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    Task RecordAsync(IReadOnlyCollection<DigestEntry> entries, CancellationToken cancellationToken);

    /// <summary>The due times at or before <paramref name="upTo"/> that still have a digest run to do, oldest first.</summary>
    Task<IReadOnlyList<DateTimeOffset>> DueTimesAsync(DateTimeOffset upTo, CancellationToken cancellationToken);

    /// <summary>Every entry of one due time, each subscriber's entries next to each other (one partition read).</summary>
    IAsyncEnumerable<DigestEntry> ListAsync(DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>One subscriber's entries of one due time (one range read of the due time's partition).</summary>
    IAsyncEnumerable<DigestEntry> ListAsync(DateTimeOffset dueAt, string subscriberId, CancellationToken cancellationToken);

    /// <summary>
    /// Marks sent the entries of one subscriber and due time whose story is in <paramref name="articleIds"/> (the stories
    /// the digest carried); the subscriber's other entries of that due time stay as they are. Ids with no entry are ignored.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriberId"/> or <paramref name="articleIds"/> is null.</exception>
    Task MarkSentAsync(DateTimeOffset dueAt, string subscriberId, IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken);

    /// <summary>Marks a due time's run done, so <see cref="DueTimesAsync"/> no longer lists it.</summary>
    Task CompleteAsync(DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>Every entry of a story, pending or sent, any subscriber and due time (for retractions).</summary>
    IAsyncEnumerable<DigestEntry> ForArticleAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>Removes entries (a withdrawn story's pending ones); removing one already gone is harmless.</summary>
    Task RemoveAsync(IReadOnlyCollection<DigestEntry> entries, CancellationToken cancellationToken);
}
