namespace NewsAlerts.Benchmarks.Faults;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Testing;

/// <summary>
/// The faults of the campaign, each injected while one article's alerts are on their way. Disruptions start once a
/// share of the alerts has arrived (counted in the sinks), so they land mid-batch whatever the machine's speed.
/// </summary>
internal static class FaultCatalog
{
    /// <summary>Every fault, in the order they run.</summary>
    public static IReadOnlyList<Fault> All { get; } =
    [
        new("none (baseline)", false, (run, ct) => run.PublishAsync(ct)),
        new("Service Bus connections dropped", false, DropServiceBusConnectionsAsync),
        new("lock loss and late settlement", false, LoseLocksAsync),
        new("SMTP sessions cut mid-way", false, CutSmtpSessionsAsync),
        new("SMTP reply to a message lost", true, LoseSmtpRepliesAsync),
        new("SMTP refusing (421) for a while", false, RefuseSmtpAsync),
        new("Twilio 429 Retry-After, 500 bursts", false, TwilioBurstsAsync),
        new("Dispatcher SIGKILL mid-batch", true, KillDispatcherAsync),
        new("Azurite restarted", true, RestartAzuriteAsync),
        new("Function host restarted (queued, not stored)", true, RestartHostAsync),
        new("two Dispatchers at once", false, TwoDispatchersAsync),
    ];

    // Three times during the run, every AMQP connection (the host's, the Dispatcher's) is closed by the broker.
    private static async Task DropServiceBusConnectionsAsync(FaultRun run, CancellationToken cancellationToken)
    {
        await run.PublishAsync(cancellationToken);
        for (var i = 1; i <= 3; i++)
        {
            await run.WaitForDeliveredAsync(run.Expected * i / 4, cancellationToken);
            run.Stack.Emulator.Faults.DropAllConnections();
        }
    }

    // For two lock durations after publishing, lock renewals fail and every settlement arrives after the lock expired:
    // each batch handled meanwhile comes back to a worker that finds it done (or finds the first worker's live claims
    // and waits for them). Then the fault lifts, as a real one does, and everything must arrive. (Until 2026-11-30 the
    // fault lasted until every alert was out: at full size no batch could be settled while it lasted, redelivered
    // batches came back ahead of the unsent ones, and the fault's end waited on progress the fault itself prevented.)
    private static async Task LoseLocksAsync(FaultRun run, CancellationToken cancellationToken)
    {
        var faults = run.Stack.Emulator.Faults;
        faults.FailLockRenewal = true;
        faults.SettlementDelay = run.Stack.LockDuration + TimeSpan.FromSeconds(1);
        try
        {
            var armed = Task.Delay(run.Stack.LockDuration * 2 + TimeSpan.FromSeconds(1), cancellationToken);
            await run.PublishAsync(cancellationToken);
            await armed;
        }
        finally
        {
            faults.Reset();
        }
    }

    // The relay cuts one session in ten (at least 3) as the client starts its next message.
    private static async Task CutSmtpSessionsAsync(FaultRun run, CancellationToken cancellationToken)
    {
        var proxy = run.Stack.Proxy;
        var cuts = Math.Max(3, run.Expected / 2 / 10);
        var before = proxy.Dropped;
        proxy.DropAtNextMessages(cuts, every: 10);
        try
        {
            await run.PublishAsync(cancellationToken);
            await run.WaitForDeliveredAsync(run.Expected, cancellationToken);
        }
        finally
        {
            proxy.DropAtNextMessages(0);
        }

        // A run the fault never touched proves nothing: say so instead of counting it kept.
        if (proxy.Dropped - before < cuts)
        {
            throw new InvalidOperationException($"the relay cut only {proxy.Dropped - before} of {cuts} sessions");
        }
    }

    // One session in ten (at least 3) loses the server's reply to a message it accepted: the client cannot know the
    // message went, and its retry may deliver it twice. This is SMTP's own window (RFC 5321 6.1), not a crash: only
    // duplicates of messages whose reply was swallowed count as in it, and the bound is how many were.
    private static async Task LoseSmtpRepliesAsync(FaultRun run, CancellationToken cancellationToken)
    {
        var proxy = run.Stack.Proxy;
        var before = proxy.AcceptedUnacknowledged.Count;
        var cuts = Math.Max(3, run.Expected / 2 / 10);
        var droppedBefore = proxy.RepliesDropped;
        proxy.DropRepliesToNextMessages(cuts, every: 10);
        try
        {
            await run.PublishAsync(cancellationToken);
            await run.WaitForDeliveredAsync(run.Expected, cancellationToken);
        }
        finally
        {
            proxy.DropRepliesToNextMessages(0);
            var population = run.Stack.Population;
            run.ClaimedAtCrash.UnionWith(proxy.AcceptedUnacknowledged.Skip(before)
                .Where(population.ByEmail.ContainsKey).Select(address => (population.ByEmail[address], "email")));
        }

        if (proxy.RepliesDropped - droppedBefore < cuts)
        {
            throw new InvalidOperationException($"the relay swallowed only {proxy.RepliesDropped - droppedBefore} of {cuts} replies");
        }
    }

    // The relay closes its idle sessions and answers 421 to every new one for a few seconds.
    private static async Task RefuseSmtpAsync(FaultRun run, CancellationToken cancellationToken)
    {
        var proxy = run.Stack.Proxy;
        proxy.Refusing = true;
        proxy.CloseAll();
        try
        {
            await run.PublishAsync(cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(4), cancellationToken);
        }
        finally
        {
            proxy.Refusing = false;
        }
    }

    // Twilio answers 429 with Retry-After: 1 to a burst of sends, then 500 to another burst once a third is out.
    private static async Task TwilioBurstsAsync(FaultRun run, CancellationToken cancellationToken)
    {
        var burst = Math.Max(5, run.Expected / 2 / 10);
        await run.Stack.Sinks.SmsFaultAsync(429, burst, 1, cancellationToken);
        await run.PublishAsync(cancellationToken);
        await run.WaitForDeliveredAsync(run.Expected / 3, cancellationToken);
        await run.Stack.Sinks.SmsFaultAsync(500, burst, null, cancellationToken);
    }

    // SIGKILL once a third is out: no shutdown code runs. The ledger is read right after (nothing writes to it then)
    // and a new Dispatcher starts.
    private static async Task KillDispatcherAsync(FaultRun run, CancellationToken cancellationToken)
    {
        await run.PublishAsync(cancellationToken);
        await run.WaitForDeliveredAsync(run.Expected / 3, cancellationToken);
        var stack = run.Stack;
        foreach (var dispatcher in stack.Dispatchers)
        {
            await dispatcher.KillAsync();
        }

        stack.Dispatchers.Clear();
        await run.RecordClaimedAsync(cancellationToken);
        stack.StartDispatcher();
    }

    // Azurite (ledger, subscribers, rosters) stops with SIGTERM once a third is out and starts again on the same data.
    // The Claimed rows are read just before it stops and right after it is back (nothing can write while it is down).
    private static async Task RestartAzuriteAsync(FaultRun run, CancellationToken cancellationToken)
    {
        await run.PublishAsync(cancellationToken);
        await run.WaitForDeliveredAsync(run.Expected / 3, cancellationToken);
        await run.RecordClaimedAsync(cancellationToken);
        await run.Stack.RestartAzuriteAsync(cancellationToken);
        await run.RecordClaimedAsync(cancellationToken);
    }

    // The host queues the article's batches, then dies before storing the article; the editor's retry reaches a new
    // host, which plans the same batches (same message ids) again.
    private static async Task RestartHostAsync(FaultRun run, CancellationToken cancellationToken)
    {
        var stack = run.Stack;
        await stack.StopHostAsync();
        using var hostGone = new CancellationTokenSource();
        HeldArticleStore? held = null;
        await stack.StartHostAsync(services => services.Decorate<IArticleStore>((_, inner) => held = new HeldArticleStore(inner, run.ArticleId, hostGone.Token)));
        _ = stack.Host!.Services.GetRequiredService<IArticleStore>();
        var first = run.PublishAsync(cancellationToken);
        await held!.Queued.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        await run.RecordClaimedAsync(cancellationToken);
        await stack.StopHostAsync();
        await hostGone.CancelAsync();
        try
        {
            await first;
        }
        catch (HttpRequestException)
        {
            // The editor's request died with the host.
        }

        await stack.StartHostAsync(null);
        await run.PublishAsync(cancellationToken);
    }

    // A second Dispatcher process shares the queues (and the senders' rates) for the whole run.
    private static async Task TwoDispatchersAsync(FaultRun run, CancellationToken cancellationToken)
    {
        var second = run.Stack.StartDispatcher();
        try
        {
            await run.PublishAsync(cancellationToken);
            await run.WaitForDeliveredAsync(run.Expected, cancellationToken);
        }
        finally
        {
            await second.StopAsync();
            run.Stack.Dispatchers.Remove(second);
        }
    }
}
