namespace NewsAlerts.Integration.Tests.Telemetry;

using System.Diagnostics.Metrics;
using NewsAlerts.Core.Telemetry;

/// <summary>Sums of one host's NewsAlerts measurements (only the instruments its own meter factory made), by instrument and tags.</summary>
internal sealed class HostMeasurements : IDisposable
{
    private readonly Lock gate = new();
    private readonly MeterListener listener = new();
    private readonly List<(string Instrument, double Value, Dictionary<string, string?> Tags)> measurements = [];

    public HostMeasurements(IMeterFactory hostMeters)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == AlertTracing.SourceName && ReferenceEquals(instrument.Meter.Scope, hostMeters))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, t, _) => Add(i.Name, v, t));
        listener.SetMeasurementEventCallback<double>((i, v, t, _) => Add(i.Name, v, t));
        listener.Start();
    }

    /// <summary>The sum of an instrument's measurements whose tags include all of <paramref name="tags"/>.</summary>
    public double Sum(string instrument, params (string Key, string Value)[] tags) => Where(instrument, tags).Sum(m => m.Value);

    /// <summary>How many measurements an instrument recorded with these tags (for histograms).</summary>
    public int Count(string instrument, params (string Key, string Value)[] tags) => Where(instrument, tags).Count;

    public void Dispose() => listener.Dispose();

    private List<(string Instrument, double Value, Dictionary<string, string?> Tags)> Where(string instrument, (string Key, string Value)[] tags)
    {
        lock (gate)
        {
            return measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.GetValueOrDefault(t.Key) == t.Value)).ToList();
        }
    }

    private void Add(string instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value?.ToString();
        }

        lock (gate)
        {
            measurements.Add((instrument, value, copy));
        }
    }
}
