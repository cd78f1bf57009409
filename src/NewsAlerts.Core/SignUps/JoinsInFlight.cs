namespace NewsAlerts.Core.SignUps;

using System.Collections.Concurrent;
using NewsAlerts.Core.Delivery;

/// <summary>
/// The confirmations of this process that may have claimed their link or code and be joining its contact (issue 16: a
/// double-clicked "Confirm" read the link as claimed while the first click was still joining, and showed "link not
/// valid"). A confirmation is registered before its claim is written and removed after its outcome is written, so a
/// request that reads a claimed link or code and then finds none registered knows the join has ended. Per process: a
/// second click reaching another instance sees the claim only (the page then reads what the store says).
/// </summary>
public static class JoinsInFlight
{
    // Few at once (one per confirmation being joined), so a scan is cheap; each registration is its own key, so two
    // presses that both try to claim never hide each other.
    private static readonly ConcurrentDictionary<Entry, byte> Joining = new();

    /// <summary>Registers a join of <paramref name="signUpId"/>'s <paramref name="channel"/>; dispose the answer once its outcome is written.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUpId"/> is null.</exception>
    public static IDisposable Begin(string signUpId, Channel channel)
    {
        ArgumentNullException.ThrowIfNull(signUpId);
        var entry = new Entry(signUpId, channel);
        Joining[entry] = 0;
        return entry;
    }

    /// <summary>
    /// Waits until every join of <paramref name="signUpId"/>'s <paramref name="channel"/> in flight here, if any, has
    /// ended (whatever its outcome); true when there was one, false at once otherwise. Never call it while holding a
    /// registration of the same sign-up and channel (it would wait for itself).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting.</exception>
    public static async Task<bool> WaitAsync(string signUpId, Channel channel, CancellationToken cancellationToken)
    {
        var entries = Of(signUpId, channel);
        if (entries.Count == 0)
        {
            return false;
        }

        foreach (var entry in entries)
        {
            entry.Enter();
        }

        try
        {
            await Task.WhenAll(entries.Select(e => e.Ended)).WaitAsync(cancellationToken);
        }
        finally
        {
            foreach (var entry in entries)
            {
                entry.Leave();
            }
        }

        return true;
    }

    /// <summary>How many requests wait for a join of <paramref name="signUpId"/>'s <paramref name="channel"/> now (0 when none is in flight); for tests.</summary>
    public static int WaitingFor(string signUpId, Channel channel) => Of(signUpId, channel).Sum(e => e.Waiting);

    private static List<Entry> Of(string signUpId, Channel channel) =>
        [.. Joining.Keys.Where(e => e.SignUpId == signUpId && e.Channel == channel)];

    private sealed class Entry(string signUpId, Channel channel) : IDisposable
    {
        private readonly TaskCompletionSource ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int waiting;

        public string SignUpId => signUpId;

        public Channel Channel => channel;

        public Task Ended => ended.Task;

        public int Waiting => Volatile.Read(ref waiting);

        public void Enter() => Interlocked.Increment(ref waiting);

        public void Leave() => Interlocked.Decrement(ref waiting);

        public void Dispose()
        {
            Joining.TryRemove(this, out _);
            ended.TrySetResult();
        }
    }
}
