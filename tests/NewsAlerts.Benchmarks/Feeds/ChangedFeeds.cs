namespace NewsAlerts.Benchmarks.Feeds;

/// <summary>
/// Which feeds get a new item in a round: a sample drawn at random over all the feeds, as newsrooms publish
/// independently of one another, so the changed feeds fall on many hosts. Feed <c>i</c> is served from host
/// <c>i mod H</c>; an evenly strided pick with a stride that is a multiple of H (100 of 10,000 feeds over 100 hosts)
/// put every changed feed on one host, whose single lane (one request per host at a time) then paced the round.
/// </summary>
internal static class ChangedFeeds
{
    /// <summary>
    /// <paramref name="count"/> distinct feed indexes below <paramref name="feedCount"/> for <paramref name="round"/>;
    /// the same round gives the same feeds in every run, so runs compare.
    /// </summary>
    public static IReadOnlyList<int> Pick(int feedCount, int count, int round)
    {
        count = Math.Min(count, feedCount);
        var random = new Random(unchecked((round * 7919) + 104_729));
        var picked = new HashSet<int>();
        var order = new List<int>(count);
        while (order.Count < count)
        {
            var feed = random.Next(feedCount);
            if (picked.Add(feed))
            {
                order.Add(feed);
            }
        }

        return order;
    }

    /// <summary>How many distinct hosts <paramref name="feeds"/> fall on, with feed <c>i</c> on host <c>i mod <paramref name="hosts"/></c>.</summary>
    public static int HostsOf(IEnumerable<int> feeds, int hosts) => feeds.Select(f => f % hosts).Distinct().Count();
}
