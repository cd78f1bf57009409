namespace NewsAlerts.Core.Feeds;

using System.Globalization;

/// <summary>
/// One read of a feed that brought more new items than <see cref="FeedOptions.MaxNewItemsPerRead"/>: a possible flood, kept in
/// the feed's health (<see cref="FeedHealth.Flood"/>) until an editor acknowledges it or a newer flood replaces it.
/// </summary>
/// <param name="NewItems">The read's new and changed items, held back ones included.</param>
/// <param name="Alerted">How many of them alerted: the newest, up to the ceiling.</param>
/// <param name="HeldBack">How many were recorded as seen and not alerted.</param>
/// <param name="At">When the read was decided (UTC).</param>
public sealed record FeedFlood(int NewItems, int Alerted, int HeldBack, DateTimeOffset At)
{
    /// <summary>
    /// The flood in words, e.g. <c>6,000 new items in one read: 50 alerted, 5,950 held back as a possible flood at 2026-12-03 22:49 UTC</c>.
    /// </summary>
    public string Words =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{NewItems:N0} new items in one read: {Alerted:N0} alerted, {HeldBack:N0} held back as a possible flood at {At.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
}
