namespace NewsAlerts.Core.Digests;

/// <summary>What a digest email says, before a template renders it.</summary>
/// <param name="SubscriberId">Whose digest.</param>
/// <param name="DueAt">Its due time (UTC).</param>
/// <param name="Sections">One per topic with stories, in the order of the subscriber's topics.</param>
/// <param name="More">Older stories that did not fit.</param>
public sealed record DigestEmail(string SubscriberId, DateTimeOffset DueAt, IReadOnlyList<DigestSection> Sections, int More)
{
    /// <summary>Whether there is nothing to send (every story was withdrawn since).</summary>
    public bool IsEmpty => Sections.Count == 0 && More == 0;
}
