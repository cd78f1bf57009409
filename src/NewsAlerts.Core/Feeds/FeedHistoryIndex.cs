namespace NewsAlerts.Core.Feeds;

/// <summary>
/// A feed history's items found by id, link or content hash in constant time, for <see cref="FeedItemHistory.Decide"/>:
/// each lookup answers the first place in the history (the lowest index) whose item matches, as a scan from the start
/// would, so a history of <see cref="FeedOptions.SeenItemsPerFeed"/> items (500 by default) costs a poll of as many items
/// one pass, not their product.
/// </summary>
/// <remarks>
/// Ids and links are only ever added to an item, so each keeps the lowest place it was given. A content hash moves when an
/// item becomes its next version: each hash keeps every place it was given, and a lookup skips places whose item no longer
/// has it.
/// </remarks>
internal sealed class FeedHistoryIndex
{
    private readonly List<SeenItem> history;
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> hashes = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="history"/>, which this index then changes through <see cref="Set"/> and <see cref="Add"/>.</summary>
    public FeedHistoryIndex(List<SeenItem> history)
    {
        this.history = history;
        for (var i = 0; i < history.Count; i++)
        {
            Note(i, history[i]);
        }
    }

    /// <summary>The first place whose item was seen under <paramref name="id"/>, or -1.</summary>
    public int ById(string id) => ids.GetValueOrDefault(id, -1);

    /// <summary>The first place whose item was seen with <paramref name="link"/>, or -1.</summary>
    public int ByLink(string link) => links.GetValueOrDefault(link, -1);

    /// <summary>The first place whose item's last version has <paramref name="hash"/>, or -1.</summary>
    public int ByHash(string hash)
    {
        if (!hashes.TryGetValue(hash, out var places))
        {
            return -1;
        }

        var first = -1;
        foreach (var i in places)
        {
            if ((first < 0 || i < first) && string.Equals(history[i].ContentHash, hash, StringComparison.Ordinal))
            {
                first = i;
            }
        }

        return first;
    }

    /// <summary>Replaces the item at <paramref name="index"/> with <paramref name="item"/> (the same item, with more keys or a new version).</summary>
    public void Set(int index, SeenItem item)
    {
        history[index] = item;
        Note(index, item);
    }

    /// <summary>Appends <paramref name="item"/> to the history.</summary>
    public void Add(SeenItem item)
    {
        history.Add(item);
        Note(history.Count - 1, item);
    }

    // A key given to an earlier place than the one known (a link added to an item found by its id) moves to that place.
    private static void First(Dictionary<string, int> places, string key, int index)
    {
        if (!places.TryGetValue(key, out var known) || index < known)
        {
            places[key] = index;
        }
    }

    private void Note(int index, SeenItem item)
    {
        foreach (var id in item.ItemIds)
        {
            First(ids, id, index);
        }

        foreach (var link in item.Links)
        {
            First(links, link, index);
        }

        if (!hashes.TryGetValue(item.ContentHash, out var places))
        {
            hashes[item.ContentHash] = places = [];
        }

        if (!places.Contains(index))
        {
            places.Add(index);
        }
    }
}
