namespace NewsAlerts.Cli.Dev;

using NewsAlerts.Cli.Stack;

/// <summary>
/// While a <c>dev</c> run runs, looks every <see cref="Period"/> at where the SMS sink's replies go and takes them when
/// the run holding them is gone (<see cref="ReplyWebhookTakeover.Takes"/>), with one line. A sink that does not answer
/// (stopped with the stack) is left to <see cref="StackWatch"/>.
/// </summary>
public sealed class RepliesWatch : IAsyncDisposable
{
    /// <summary>How often the sink's webhook is looked at (1 s).</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource ended = new();
    private readonly Task watching;
    private int looks;
    private int taken;

    private RepliesWatch(Uri sink, string dataDirectory, Uri ownHost, TextWriter log, TimeSpan period) =>
        watching = WatchAsync(sink, dataDirectory, ownHost, log, period);

    /// <summary>How many times the webhook has been looked at (tests wait on it rather than on time).</summary>
    public int Looks => Volatile.Read(ref looks);

    /// <summary>How many times this run took the replies.</summary>
    public int Taken => Volatile.Read(ref taken);

    /// <summary>Starts watching.</summary>
    /// <param name="sink">The SMS sink's base address.</param>
    /// <param name="dataDirectory">The data folder whose <c>hosts/</c> records the live runs (<see cref="DevHosts"/>).</param>
    /// <param name="ownHost">This run's host, e.g. <c>http://127.0.0.1:7071/</c>, recorded there.</param>
    /// <param name="log">Where the line goes when this run takes the replies.</param>
    /// <param name="period">How often to look; default <see cref="Period"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RepliesWatch Start(Uri sink, string dataDirectory, Uri ownHost, TextWriter log, TimeSpan? period = null)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(ownHost);
        ArgumentNullException.ThrowIfNull(log);
        return new RepliesWatch(sink, dataDirectory, ownHost, log, period ?? Period);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await ended.CancelAsync();
        await watching;
        ended.Dispose();
    }

    private async Task WatchAsync(Uri sinkAddress, string dataDirectory, Uri ownHost, TextWriter log, TimeSpan period)
    {
        await Task.Yield();
        var token = ended.Token;
        var own = new Uri(ownHost, "api/twilio/inbound");
        using var sink = new SmsSinkInbox(sinkAddress);
        try
        {
            using var timer = new PeriodicTimer(period);
            while (await timer.WaitForNextTickAsync(token))
            {
                try
                {
                    var webhook = await sink.RepliesGoToAsync(token);
                    var live = DevHosts.Live(dataDirectory);
                    var answers = webhook is not null && !ReplyWebhookTakeover.HeldByLiveRun(webhook, live) && await ConnectionProbe.AcceptsAsync(webhook, token);
                    if (ReplyWebhookTakeover.Takes(webhook, answers, live, Environment.ProcessId))
                    {
                        await sink.SendRepliesToAsync(ownHost, token);
                        Interlocked.Increment(ref taken);
                        await log.WriteLineAsync(ReplyWebhookTakeover.Line(webhook, own));
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException or IOException
                    || (ex is TaskCanceledException && !token.IsCancellationRequested))
                {
                    // The sink is gone or busy: StackWatch says so when it is gone; a busy one is asked again next time.
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
