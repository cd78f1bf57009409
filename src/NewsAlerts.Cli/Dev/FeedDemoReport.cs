namespace NewsAlerts.Cli.Dev;

using System.Globalization;

/// <summary>
/// What <c>dev</c>'s feed demo says once its new item was read (trial r38 #3: it said "see the alerts" after a poll that
/// alerted nothing). "See the alerts" only when the item alerted someone; otherwise plainly what happened.
/// </summary>
public static class FeedDemoReport
{
    /// <summary>The line after the poll (or push) that read the feed once the item was published.</summary>
    /// <param name="itemId">The item's id (its article id).</param>
    /// <param name="ingested">Whether the item was stored as a story of its own (false: said neutrally, pointing to the health).</param>
    /// <param name="emailSubscribers">Subscribers it queued an email alert for.</param>
    /// <param name="smsSubscribers">Subscribers it queued a text for.</param>
    /// <param name="health">The feed's <c>GET /api/feeds/{id}</c>.</param>
    public static string Line(string itemId, bool ingested, int emailSubscribers, int smsSubscribers, Uri health)
    {
        if (!ingested)
        {
            // Not a guess at why (the review of trial r38 #3: "the feed's history took it for an item seen before" was
            // said whatever happened): the health names an item that failed (failedItems) or a poll that failed (lastError).
            return $"Feeds: a poll that began after the publish ended, but the new item {itemId} was not ingested, so nobody was alerted; the feed's health says why (failedItems, lastError): {health}";
        }

        var alerted = emailSubscribers + smsSubscribers;
        return alerted == 0
            ? $"Feeds: the new item {itemId} was ingested but alerted nobody now: no subscriber's topics and settings took it at once (a digest may still carry it). Health: {health}"
            : string.Create(
                CultureInfo.InvariantCulture,
                $"Feeds: the new item {itemId} was ingested and alerted {alerted} subscriber{(alerted == 1 ? string.Empty : "s")} ({emailSubscribers} by email, {smsSubscribers} by SMS); see the alerts in the inbox and the SMS sink. Health: {health}");
    }

    /// <summary>The line when no poll read the item within <paramref name="waited"/>.</summary>
    public static string NotRead(string itemId, TimeSpan waited, Uri health) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Feeds: no poll or push read the new item {itemId} within {waited.TotalSeconds:0} s, so nothing was alerted; the feed's next poll is in its health: {health}");
}
