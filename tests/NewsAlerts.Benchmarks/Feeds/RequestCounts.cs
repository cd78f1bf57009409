namespace NewsAlerts.Benchmarks.Feeds;

using System.Diagnostics.Metrics;

/// <summary>
/// Counts the HTTP requests this process's <see cref="HttpClient"/>s finish, by destination (<c>server.address:server.port</c>),
/// from the <c>System.Net.Http</c> meter's <c>http.client.request.duration</c> (.NET 8+): the Azure SDK's Table and Blob
/// clients send through HttpClient, so a round's requests to Azurite are counted with no change to the code measured.
/// With <c>when</c>, only the requests finished while it holds (read on the requesting flow, so an <see cref="AsyncLocal{T}"/>
/// can tell a served request's work from the host's background work).
/// </summary>
internal sealed class RequestCounts : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public RequestCounts(Func<bool>? when = null)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "System.Net.Http" && instrument.Name == "http.client.request.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            if (when is not null && !when())
            {
                return;
            }

            string? address = null;
            object? port = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "server.address")
                {
                    address = tag.Value as string;
                }
                else if (tag.Key == "server.port")
                {
                    port = tag.Value;
                }
            }

            var to = $"{address}:{port}";
            lock (counts)
            {
                counts[to] = counts.GetValueOrDefault(to) + 1;
            }
        });
        listener.Start();
    }

    /// <summary>The requests finished since the last call, by destination, and starts counting afresh.</summary>
    public Dictionary<string, int> Take()
    {
        lock (counts)
        {
            var taken = new Dictionary<string, int>(counts, StringComparer.Ordinal);
            counts.Clear();
            return taken;
        }
    }

    public void Dispose() => listener.Dispose();
}
