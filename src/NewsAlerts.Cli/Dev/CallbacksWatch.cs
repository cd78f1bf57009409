namespace NewsAlerts.Cli.Dev;

using NewsAlerts.Core.Ports;

/// <summary>
/// While a <c>dev</c> run runs, looks every <see cref="Period"/> for WebSub subscriptions whose callback is a dead run's
/// (<see cref="DeadRunCallbacks.IsDeadRuns"/>) and, when this run acts for the live ones (<see cref="DevHosts.ActsForAll"/>),
/// resets them with one line each. Storage that does not answer is left to <see cref="Stack.StackWatch"/>.
/// </summary>
public sealed class CallbacksWatch : IAsyncDisposable
{
    /// <summary>How often the subscriptions are looked at (5 s: a push missed waits at most that, plus a poll).</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource ended = new();
    private readonly Task watching;
    private int looks;

    private CallbacksWatch(IWebSubStore subscriptions, IFeedStore feeds, string dataDirectory, TextWriter log, TimeSpan period) =>
        watching = WatchAsync(subscriptions, feeds, dataDirectory, log, period);

    /// <summary>How many times the subscriptions have been looked at.</summary>
    public int Looks => Volatile.Read(ref looks);

    /// <summary>Starts watching.</summary>
    /// <param name="subscriptions">The stored WebSub subscriptions.</param>
    /// <param name="feeds">The stored feeds (a reset feed is polled now).</param>
    /// <param name="dataDirectory">The data folder whose <c>hosts/</c> records the live runs (<see cref="DevHosts"/>).</param>
    /// <param name="log">Where a reset's line goes.</param>
    /// <param name="period">How often to look; default <see cref="Period"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CallbacksWatch Start(IWebSubStore subscriptions, IFeedStore feeds, string dataDirectory, TextWriter log, TimeSpan? period = null)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(log);
        return new CallbacksWatch(subscriptions, feeds, dataDirectory, log, period ?? Period);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await ended.CancelAsync();
        await watching;
        ended.Dispose();
    }

    private async Task WatchAsync(IWebSubStore subscriptions, IFeedStore feeds, string dataDirectory, TextWriter log, TimeSpan period)
    {
        await Task.Yield();
        var token = ended.Token;
        try
        {
            using var timer = new PeriodicTimer(period);
            while (await timer.WaitForNextTickAsync(token))
            {
                try
                {
                    var live = DevHosts.Live(dataDirectory);
                    if (DevHosts.ActsForAll(live, Environment.ProcessId))
                    {
                        var dead = new List<(string FeedId, Uri Callback)>();
                        foreach (var subscription in await subscriptions.ListAsync(token))
                        {
                            // Only a loopback callback can be a dead local run's (DeadRunCallbacks): no other is probed (review of s45).
                            var answers = !subscription.Callback.IsLoopback || DevHosts.Serves(live, subscription.Callback) || await ConnectionProbe.AcceptsAsync(subscription.Callback, token);
                            if (DeadRunCallbacks.IsDeadRuns(subscription, live, answers))
                            {
                                dead.Add((subscription.FeedId, subscription.Callback));
                            }
                        }

                        await RestartedHubSubscriptions.ResetFeedsAsync(subscriptions, feeds, [.. dead.Select(d => d.FeedId)], TimeProvider.System, token);
                        foreach (var (feedId, callback) in dead)
                        {
                            await log.WriteLineAsync(DeadRunCallbacks.Line(feedId, callback));
                        }
                    }
                }
                catch (Exception ex) when (ex is global::Azure.RequestFailedException or HttpRequestException or IOException
                    || (ex is TaskCanceledException && !token.IsCancellationRequested))
                {
                    // Storage is gone or busy: StackWatch says so when it is gone; a busy one is asked again next time.
                }

                Interlocked.Increment(ref looks);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The run ends.
        }
    }
}
