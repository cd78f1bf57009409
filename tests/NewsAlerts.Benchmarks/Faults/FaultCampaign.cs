namespace NewsAlerts.Benchmarks.Faults;

using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// The fault campaign: for each fault, one breaking article whose alerts (one email and one SMS per subscriber, each
/// tagged) go through the whole local stack while the fault is injected; then the sinks and the ledger are counted.
/// It fails when an alert is lost, a batch is dead-lettered, or an alert doubles outside the crash window.
/// </summary>
public sealed class FaultCampaign : IBenchmarkSuite
{
    /// <inheritdoc />
    public string Name => "faults";

    /// <inheritdoc />
    public string Description => "tagged alerts through the whole stack under each fault; counts lost, duplicated and dead-lettered from the sinks and the ledger";

    /// <inheritdoc />
    public async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var subscribers = Argument(options, "--subscribers=") ?? (options.Quick ? 60 : 5_600);
        var rate = Argument(options, "--rate=") ?? (options.Quick ? 30 : 300);
        var deadline = TimeSpan.FromMinutes(Argument(options, "--deadline=") ?? (options.Quick ? 3 : 30));
        var lockSeconds = Argument(options, "--lock=") ?? (options.Quick ? 5 : 60);
        var leaseSeconds = Argument(options, "--lease=") ?? (options.Quick ? 10 : 60);
        var verbose = options.Arguments.Contains("--verbose");
        var progress = new Progress(verbose || !options.Quick ? TimeSpan.FromSeconds(verbose ? 10 : 30) : TimeSpan.Zero, Console.Out);
        var only = options.Arguments.FirstOrDefault(a => a.StartsWith("--only=", StringComparison.Ordinal))?[7..];
        var wanted = only?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var faults = FaultCatalog.All.Where(f => wanted is null || wanted.Any(w => f.Name.Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
        var started = DateTimeOffset.UtcNow;
        var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg", cancellationToken)).Split(' ')[0] : "?";

        var watch = Stopwatch.StartNew();
        await using var stack = await CampaignStack.StartAsync(subscribers, rate, TimeSpan.FromSeconds(leaseSeconds), TimeSpan.FromSeconds(lockSeconds), verbose, cancellationToken);
        Console.WriteLine($"stack up in {watch.Elapsed.TotalSeconds:N1} s; {subscribers:N0} subscribers (email and SMS), {subscribers * 2:N0} alerts per fault, senders paced at {rate}/s, lock {lockSeconds} s, claim lease {leaseSeconds} s");
        var rows = new List<FaultRow>();
        for (var i = 0; i < faults.Count; i++)
        {
            if (verbose || !options.Quick)
            {
                Console.WriteLine($"  {faults[i].Name}: started {DateTimeOffset.UtcNow:HH:mm:ss} UTC");
            }

            var row = await RunFaultAsync(stack, faults[i], i, deadline, progress, cancellationToken);
            Console.WriteLine($"  {row.Fault.Name}: {row.Delivered:N0}/{row.Sent:N0} delivered, {row.Duplicated:N0} duplicated, {row.DeadLettered:N0} dead-lettered ({row.Seconds:N1} s){(row.Note is null ? string.Empty : $" [{row.Note}]")}");
            rows.Add(row);
        }

        var ended = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg", cancellationToken)).Split(' ')[0] : "?";
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Fault campaign, {started:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {load} at the start and {ended} at the end, {watch.Elapsed.TotalMinutes:N1} min in all:"));
        Console.WriteLine();
        FaultTable.Write(Console.Out, rows);
        var failed = rows.Where(r => !r.Kept).ToList();
        if (failed.Count > 0)
        {
            Console.WriteLine($"NOT KEPT: {string.Join(", ", failed.Select(r => r.Fault.Name))} (Dispatcher logs in {stack.DataDirectory})");
            return 1;
        }

        return 0;
    }

    private static async Task<FaultRow> RunFaultAsync(CampaignStack stack, Fault fault, int index, TimeSpan deadline, Progress progress, CancellationToken cancellationToken)
    {
        await stack.Sinks.ClearAsync(cancellationToken);
        var deadBefore = await stack.DeadLettersAsync(cancellationToken);
        var run = new FaultRun(stack, string.Create(CultureInfo.InvariantCulture, $"F{index:D2}{RandomNumberGenerator.GetHexString(6)}"), deadline, progress);
        var watch = Stopwatch.StartNew();
        string? note = null;
        try
        {
            await fault.InjectAsync(run, cancellationToken);
            await run.WaitForDeliveredAsync(run.Expected, cancellationToken);
            await SettledAsync(run, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or HttpRequestException or InvalidOperationException)
        {
            note = ex is TimeoutException ? "timed out" : $"{ex.GetType().Name}: {ex.Message}";
            await RepairAsync(stack);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var counts = await stack.Sinks.CountAsync(run.Tag, cancellationToken);
        var doubled = counts.Doubled.ToList();
        var inWindow = fault.HasCrashWindow ? doubled.Count(run.ClaimedAtCrash.Contains) : 0;
        var ledgerSent = 0;
        await foreach (var (_, entry) in stack.LedgerAsync(run.ArticleId, cancellationToken))
        {
            ledgerSent += entry.State is LedgerState.Sent or LedgerState.Delivered ? 1 : 0;
        }

        var forgotten = await stack.ForgetLedgerAsync(run.ArticleId, cancellationToken);
        if (forgotten == 0 && ledgerSent > 0)
        {
            throw new InvalidOperationException($"The ledger rows of {run.ArticleId} were counted but none was found to delete: the ledger's table layout changed (see TableDeliveryLedger.EraseArticleAsync).");
        }

        var dead = await stack.DeadLettersAsync(cancellationToken) - deadBefore;
        return new FaultRow(fault, run.Expected, counts.Distinct, doubled.Count, inWindow, run.ClaimedAtCrash.Count, dead, ledgerSent, seconds, note);
    }

    // Every batch is settled (the queues are empty) and the sinks have stopped changing: a late duplicate would show.
    private static async Task SettledAsync(FaultRun run, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + run.Deadline;
        var last = -1;
        while (true)
        {
            if (await run.Stack.QueuesEmptyAsync(cancellationToken))
            {
                var counts = await run.Stack.Sinks.CountAsync(run.Tag, cancellationToken);
                var total = counts.Received.Values.Sum();
                if (total == last)
                {
                    return;
                }

                last = total;
            }

            await run.ReportAsync("empty queues", (await run.Stack.Sinks.CountAsync(run.Tag, cancellationToken)).Distinct, cancellationToken);

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Timed out waiting until the queues of {run.Tag} are empty.");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    // A run that failed part-way leaves the stack whole for the next one.
    private static async Task RepairAsync(CampaignStack stack)
    {
        stack.Emulator.Faults.Reset();
        stack.Proxy.Refusing = false;
        stack.Proxy.DropAtNextMessages(0);
        stack.Proxy.DropRepliesToNextMessages(0);
        if (stack.Host is null)
        {
            await stack.StartHostAsync(null);
        }

        if (stack.Dispatchers.Count == 0)
        {
            stack.StartDispatcher();
        }
    }

    private static int? Argument(BenchmarkOptions options, string prefix) =>
        options.Arguments.Where(a => a.StartsWith(prefix, StringComparison.Ordinal))
            .Select(a => (int?)int.Parse(a[prefix.Length..], CultureInfo.InvariantCulture)).FirstOrDefault();
}
