namespace NewsAlerts.Core.Feeds;

/// <summary>
/// One gate per feed id, so a push and a poll of the same feed in one instance decide its items one after the other. A
/// feed's gate exists only while someone holds or waits for it: the last to leave removes it, so the gates kept do not grow
/// with every feed ever polled (a deleted feed leaves none behind).
/// </summary>
public sealed class FeedGates
{
    private readonly Dictionary<string, Gate> gates = new(StringComparer.Ordinal);

    /// <summary>How many feeds have a gate now (held or waited for); 0 when nobody is in one.</summary>
    public int Count
    {
        get
        {
            lock (gates)
            {
                return gates.Count;
            }
        }
    }

    /// <summary>Waits for feed <paramref name="feedId"/>'s gate and holds it until the result is disposed (once).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="feedId"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting (nothing is held then).</exception>
    public async Task<IDisposable> EnterAsync(string feedId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedId);
        Gate gate;
        lock (gates)
        {
            if (!gates.TryGetValue(feedId, out gate!))
            {
                gates[feedId] = gate = new Gate();
            }

            gate.Users++;
        }

        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(feedId, gate, release: false);
            throw;
        }

        return new Held(this, feedId, gate);
    }

    private void Leave(string feedId, Gate gate, bool release)
    {
        lock (gates)
        {
            if (release)
            {
                gate.Semaphore.Release();
            }

            if (--gate.Users == 0)
            {
                gates.Remove(feedId);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Held(FeedGates owner, string feedId, Gate gate) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Leave(feedId, gate, release: true);
            }
        }
    }
}
