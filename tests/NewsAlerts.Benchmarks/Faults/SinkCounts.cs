namespace NewsAlerts.Benchmarks.Faults;

/// <summary>What the sinks hold for one article: how many alerts each (subscriber, channel) received.</summary>
/// <param name="Received">Alerts received per (subscriber id, channel name), for alerts received at least once.</param>
internal sealed record SinkCounts(IReadOnlyDictionary<(string SubscriberId, string Channel), int> Received)
{
    /// <summary>Distinct alerts received.</summary>
    public int Distinct => Received.Count;

    /// <summary>Alerts received more than once.</summary>
    public IEnumerable<(string SubscriberId, string Channel)> Doubled => Received.Where(r => r.Value > 1).Select(r => r.Key);
}
