namespace NewsAlerts.Cli.Dev;

using System.Diagnostics.Metrics;
using NewsAlerts.Core.Telemetry;

/// <summary>
/// <c>dev</c>'s live summary: listens to the host's own NewsAlerts instruments (those its <see cref="IMeterFactory"/>
/// made) and prints one <see cref="DeliveryWindow"/> line per period in which something happened.
/// </summary>
public sealed class LiveSummary : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly MeterListener listener = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task printing;
    private DeliveryWindow window = new();

    /// <summary>Starts listening and printing to <paramref name="output"/> every <paramref name="period"/>.</summary>
    public LiveSummary(IMeterFactory meters, TextWriter output, TimeSpan period, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == AlertTracing.SourceName && ReferenceEquals(instrument.Meter.Scope, meters))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => OnMeasurement(instrument.Name, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => OnMeasurement(instrument.Name, value, tags));
        listener.Start();
        printing = PrintAsync(output, period, time);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await printing;
        listener.Dispose();
        stop.Dispose();
    }

    private void OnMeasurement(string name, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? Tag(string key, ReadOnlySpan<KeyValuePair<string, object?>> all)
        {
            foreach (var tag in all)
            {
                if (tag.Key == key)
                {
                    return tag.Value?.ToString();
                }
            }

            return null;
        }

        var channel = Tag(AlertTracing.Channel, tags) ?? "?";
        var outcome = Tag(AlertTracing.Outcome, tags) ?? "?";
        lock (gate)
        {
            switch (name)
            {
                case "newsalerts.alerts.dispatched":
                    window.AddAlerts(channel, outcome, (long)value);
                    break;
                case "newsalerts.queue.lag":
                    window.AddLag(value);
                    break;
                case "newsalerts.dead_letters":
                    window.AddDeadLetters((long)value);
                    break;
            }
        }
    }

    private async Task PrintAsync(TextWriter output, TimeSpan period, TimeProvider time)
    {
        using var timer = new PeriodicTimer(period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                DeliveryWindow ended;
                lock (gate)
                {
                    ended = window;
                    window = new DeliveryWindow();
                }

                if (ended.Line(period) is { } line)
                {
                    await output.WriteLineAsync($"[{time.GetLocalNow():HH:mm:ss}] {line}");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // dev is stopping.
        }
    }
}
