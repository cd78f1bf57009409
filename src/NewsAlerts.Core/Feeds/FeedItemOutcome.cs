namespace NewsAlerts.Core.Feeds;

/// <summary>What one poll does with one item.</summary>
public enum FeedItemOutcome
{
    /// <summary>A new feed's first poll: remembered, not alerted (no backlog flood).</summary>
    Recorded,

    /// <summary>Never seen under any of its keys: version 1, alerted.</summary>
    New,

    /// <summary>Seen, and its headline or body changed: the next version (a correction), alerted as such.</summary>
    Changed,

    /// <summary>Seen, unchanged: nothing to do.</summary>
    Unchanged,

    /// <summary>Seen under another id (the feed rewrote its GUID), content unchanged: the new id is remembered, nobody is alerted.</summary>
    Rekeyed,

    /// <summary>
    /// New or changed, but past <see cref="FeedOptions.MaxNewItemsPerRead"/> in one read (<see cref="FeedFloodCeiling"/>): a
    /// possible flood (a CMS bug, a GUID rewrite, a hijacked feed), remembered as seen so it never comes back as new, not alerted.
    /// </summary>
    HeldBack,
}
