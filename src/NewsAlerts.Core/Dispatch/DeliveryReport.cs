namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Delivery;

/// <summary>
/// The ledger's account of one article: per channel, how many alerts stand in each <see cref="LedgerState"/>, and
/// the alerts that did not go (failed, retrying, skipped) grouped by reason. What <c>newsalerts deliveries</c> prints.
/// </summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Channels">One summary per channel that has ledger rows, email first.</param>
public sealed record DeliveryReport(string ArticleId, IReadOnlyList<ChannelDeliveries> Channels)
{
    /// <summary>The most subscriber ids listed under one reason (the count is always whole).</summary>
    public const int MaxExamplesPerReason = 5;

    /// <summary>Builds the report from every ledger row of the article (any order).</summary>
    /// <param name="articleId">The article the rows belong to.</param>
    /// <param name="entries">Its ledger rows.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DeliveryReport From(string articleId, IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(entries);
        var channels = entries
            .GroupBy(e => e.Channel)
            .OrderBy(g => g.Key)
            .Select(g => Summarise(g.Key, g.ToList()))
            .ToList();
        return new DeliveryReport(articleId, channels);
    }

    private static ChannelDeliveries Summarise(Channel channel, List<LedgerEntry> rows)
    {
        var counts = Enum.GetValues<LedgerState>().ToDictionary(s => s, s => rows.Count(r => r.State == s));
        var problems = rows
            .Where(r => r.State is LedgerState.Failed or LedgerState.Retrying or LedgerState.DeadLettered or LedgerState.Skipped)
            .GroupBy(r => (r.State, Reason: r.Reason ?? "(no reason recorded)"))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.State).ThenBy(g => g.Key.Reason, StringComparer.Ordinal)
            .Select(g => new UndeliveredReason(
                g.Key.State, g.Key.Reason, g.Count(),
                g.Select(r => r.SubscriberId).Order(StringComparer.Ordinal).Take(MaxExamplesPerReason).ToList()))
            .ToList();
        return new ChannelDeliveries(channel, rows.Count, counts, problems);
    }
}
