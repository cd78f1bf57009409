namespace NewsAlerts.Core.Feeds.WebSub;

/// <summary>
/// Whether a body a hub pushed (signature already checked) is a feed, by the poll's own rule (<see cref="PollOutcome.Of"/>
/// for a <c>200</c>): a read with items, or a clean one (an empty feed), is; an HTML error page, an empty or garbage body
/// is not. Such a push is set aside and recorded (<see cref="WebSubSubscriptions.RecordPushErrorAsync"/>): it ingests
/// nothing, records no item as seen, is recorded as the hub's last push with its error (polling does not slow down for it), and counts as a
/// failure in the feed's health that brings the next poll forward (<see cref="WebSubPushFailures"/>; trial r33 #9).
/// </summary>
public static class WebSubPushVerdict
{
    /// <summary>Null when <paramref name="document"/> is a feed to ingest; otherwise why not, in words, e.g. <c>WebSub push was not a feed: an HTML page</c>.</summary>
    /// <param name="document">The pushed body as the feed parser read it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string? Error(FeedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Format != "html" && (document.Items.Count > 0 || document.IsClean))
        {
            return null;
        }

        var why = document.Format == "html" ? "an HTML page" : document.Errors.FirstOrDefault() ?? "an empty body";
        return $"WebSub push was not a feed: {why}";
    }
}
