namespace NewsAlerts.Cli.Dev;

using System.Globalization;

/// <summary>
/// What the Dispatcher did in one window of <c>dev</c>'s live summary: alerts by channel and outcome, batch lag and
/// dead letters. A plain accumulator; <see cref="Line"/> formats it (null when nothing happened).
/// </summary>
public sealed class DeliveryWindow
{
    private readonly Dictionary<(string Channel, string Outcome), long> alerts = [];
    private readonly List<double> lagSeconds = [];
    private long deadLetters;

    /// <summary>Adds alerts of a channel that came to an outcome.</summary>
    public void AddAlerts(string channel, string outcome, long count) =>
        alerts[(channel, outcome)] = alerts.GetValueOrDefault((channel, outcome)) + count;

    /// <summary>Adds one settled batch's queue lag.</summary>
    public void AddLag(double seconds) => lagSeconds.Add(seconds);

    /// <summary>Adds dead-lettered batches.</summary>
    public void AddDeadLetters(long count) => deadLetters += count;

    /// <summary>
    /// One line such as <c>email 12.0/s, sms 0.5/s · lag median 0.04 s, max 0.21 s · failed 1 · retrying 0 · dead letters 0</c>
    /// for a window of <paramref name="window"/>, or null when nothing happened in it.
    /// </summary>
    public string? Line(TimeSpan window)
    {
        if (alerts.Count == 0 && lagSeconds.Count == 0 && deadLetters == 0)
        {
            return null;
        }

        var seconds = Math.Max(window.TotalSeconds, 0.001);
        long Count(string? channel, string outcome) => alerts.Where(a => (channel is null || a.Key.Channel == channel) && a.Key.Outcome == outcome).Sum(a => a.Value);
        var rates = string.Join(", ", new[] { "email", "sms" }.Select(c =>
            string.Create(CultureInfo.InvariantCulture, $"{c} {(Count(c, "sent") + Count(c, "possible_duplicate")) / seconds:0.0}/s")));
        var sorted = lagSeconds.Order().ToList();
        var lag = sorted.Count == 0
            ? "lag -"
            : string.Create(CultureInfo.InvariantCulture, $"lag median {sorted[sorted.Count / 2]:0.00} s, max {sorted[^1]:0.00} s");
        return $"{rates} · {lag} · failed {Count(null, "failed")} · retrying {Count(null, "retrying")} · dead letters {deadLetters}";
    }
}
