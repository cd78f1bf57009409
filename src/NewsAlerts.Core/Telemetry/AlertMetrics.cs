namespace NewsAlerts.Core.Telemetry;

using System.Diagnostics;
using System.Diagnostics.Metrics;
using NewsAlerts.Core.Delivery;

/// <summary>
/// NewsAlerts' metrics (meter <c>NewsAlerts</c>), made through the host's <see cref="IMeterFactory"/> so each host's
/// instruments are its own. Names follow OpenTelemetry's semantic conventions where one exists
/// (<c>messaging.process.duration</c>, <c>messaging.destination.name</c>); alert counters carry <c>newsalerts.channel</c>.
/// Register once per host as a singleton; the factory owns (and disposes) the meter.
/// </summary>
public sealed class AlertMetrics
{
    private readonly Meter meter;
    private readonly Counter<long> planned;
    private readonly Counter<long> outcomes;
    private readonly Histogram<double> processDuration;
    private readonly Histogram<double> queueLag;
    private readonly Counter<long> deadLetters;

    /// <summary>Creates the instruments.</summary>
    public AlertMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        meter = meterFactory.Create(new MeterOptions(AlertTracing.SourceName));
        planned = meter.CreateCounter<long>("newsalerts.alerts.planned", "{alert}", "Alerts queued for sending, per channel.");
        outcomes = meter.CreateCounter<long>(
            "newsalerts.alerts.dispatched", "{alert}",
            "Alerts the Dispatcher handled, per channel and outcome (sent, failed, retrying, skipped, already_done, possible_duplicate).");
        processDuration = meter.CreateHistogram<double>("messaging.process.duration", "s", "Time to handle one delivery batch.");
        queueLag = meter.CreateHistogram<double>("newsalerts.queue.lag", "s", "From a batch's enqueue to its settlement.");
        deadLetters = meter.CreateCounter<long>("newsalerts.dead_letters", "{message}", "Batches sent to a dead-letter queue, per queue and reason.");
    }

    /// <summary>Counts alerts queued on one channel.</summary>
    public void Planned(Channel channel, int count)
    {
        if (count > 0)
        {
            planned.Add(count, new KeyValuePair<string, object?>(AlertTracing.Channel, AlertTracing.ChannelName(channel)));
        }
    }

    /// <summary>Counts alerts of one channel that came to <paramref name="outcome"/> (snake_case word).</summary>
    public void Dispatched(Channel channel, string outcome, int count = 1)
    {
        if (count > 0)
        {
            outcomes.Add(count, new KeyValuePair<string, object?>(AlertTracing.Channel, AlertTracing.ChannelName(channel)), new KeyValuePair<string, object?>(AlertTracing.Outcome, outcome));
        }
    }

    /// <summary>Records one settled batch: how long it took, how long since it was queued, and how it was settled.</summary>
    public void Settled(string queue, TimeSpan processing, TimeSpan sinceEnqueued, string settlement)
    {
        var destination = new KeyValuePair<string, object?>("messaging.destination.name", queue);
        var operation = new KeyValuePair<string, object?>("messaging.operation.name", settlement);
        processDuration.Record(processing.TotalSeconds, destination, operation);
        queueLag.Record(Math.Max(0, sinceEnqueued.TotalSeconds), destination, operation);
    }

    /// <summary>Counts one batch dead-lettered with <paramref name="reason"/>.</summary>
    public void DeadLettered(string queue, string reason) =>
        deadLetters.Add(1, new KeyValuePair<string, object?>("messaging.destination.name", queue), new KeyValuePair<string, object?>("newsalerts.dead_letter.reason", reason));

    /// <summary>The elapsed time since <paramref name="started"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public static TimeSpan Since(long started) => Stopwatch.GetElapsedTime(started);
}
