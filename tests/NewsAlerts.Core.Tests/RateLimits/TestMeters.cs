namespace NewsAlerts.Core.Tests.RateLimits;

using System.Diagnostics.Metrics;

/// <summary>A meter factory whose meters nobody listens to.</summary>
internal sealed class TestMeters : IMeterFactory
{
    private readonly List<Meter> meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options);
        meters.Add(meter);
        return meter;
    }

    public void Dispose() => meters.ForEach(m => m.Dispose());
}
