namespace NewsAlerts.Core.Feeds;

/// <summary>
/// Feeds registered at one address before address claims existed (issue 18): the claims' backfill gives each address to
/// the oldest feed that has it (registered or fetched, compared as <see cref="FeedAddress.Normalise"/> spells them), and
/// every younger feed at that address is the older one's duplicate, shown in its health until an editor removes one.
/// </summary>
public static class FeedDuplicates
{
    /// <summary>
    /// Of every feed, oldest first (as <see cref="Ports.IFeedStore.ListAsync"/> lists them), each younger feed's id to the id
    /// of the oldest feed at one of its addresses; feeds that are nobody's duplicate are left out. A feed that moved to an
    /// address another feed held (<see cref="FeedHealth.AddressHeldBy"/>) does not hold that address here either, as its
    /// claim does not.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="oldestFirst"/> is null.</exception>
    public static IReadOnlyDictionary<string, string> Of(IReadOnlyList<FeedEntry> oldestFirst)
    {
        ArgumentNullException.ThrowIfNull(oldestFirst);
        var holders = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in oldestFirst)
        {
            var id = entry.Registration.Id;
            var addresses = new List<string> { FeedAddress.Normalise(entry.Registration.Url) };
            if (entry.State.Health.AddressHeldBy is null)
            {
                addresses.Add(FeedAddress.Normalise(entry.State.Url));
            }

            if (addresses.Select(a => holders.GetValueOrDefault(a)).FirstOrDefault(h => h is not null && h != id) is { } holder)
            {
                duplicates[id] = holder;
            }

            foreach (var address in addresses)
            {
                holders.TryAdd(address, id);
            }
        }

        return duplicates;
    }
}
