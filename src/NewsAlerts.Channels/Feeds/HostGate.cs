namespace NewsAlerts.Channels.Feeds;

using System.Collections.Concurrent;

/// <summary>At most one request at a time per host from this process, whichever feed or redirect it is for.</summary>
public sealed class HostGate
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until no other request to <paramref name="host"/> is running; dispose the result to let the next one go.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting.</exception>
    public async Task<IDisposable> EnterAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var gate = hosts.GetOrAdd(host, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Pass(gate);
    }

    private sealed class Pass(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
