namespace NewsAlerts.Benchmarks.Feeds;

using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsAlerts.Cli.Feeds;
using NewsAlerts.Cli.LocalHost;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Feed polling at scale: N feeds spread over H loopback addresses (127.0.0.1 to 127.0.0.H, all served by one
/// <see cref="LocalFeedServer"/> with ETag and Last-Modified), about 1% of them changed per round, each round one poll
/// cycle of the real <see cref="FeedPoller"/> of a local Function host (its fetcher, host gate, parser, and ingestion into
/// the Service Bus emulator; the feed and WebSub registries, the stories and the planned alerts in memory, so Azurite's
/// speed is not measured: its one node thread on the same two cores was half the machine's samples in session 38's
/// profile; <c>--stories=azurite</c> puts the stories and planned alerts back in Azurite's tables, by hand)
/// against a plain <see cref="HttpClient"/> conditional-GET loop over the same URLs, one request per host at a time and
/// as many hosts at once as the poller. Also the time from the poll that reads a new item to its alert on the queue.
/// Targets: poller/plain ≥ 0.5 (the plain loop's time over the poller's), new item to alert queued ≤ 1 s; enforced
/// only in full runs (quick runs on shared CI machines print them).
/// </summary>
public sealed class FeedsBenchmark : IBenchmarkSuite
{
    private const double RatioTarget = 0.5;
    private const double LatencyTargetMs = 1000;
    private const int Rounds = 4;
    private const int MinWarmUpRounds = 2;
    private const int MaxWarmUpRounds = 40;

    // The ingestions the warm-up rounds make at least: enough calls for .NET's tiered JIT to start compiling the
    // ingestion path (30 calls per tier, instrumented then optimised). In full runs (100 changed feeds per round) the two
    // minimum rounds make them, in quick runs (5) it takes 20.
    private const int WarmUpIngestions = 100;

    // Then warm-up goes on until a round makes the JIT compile at most this many methods (JitInfo's count, not a time):
    // the tiered JIT compiles in the background, each tier after 30 calls and a delay that every newly compiled method
    // restarts, so after the minimum rounds it was still compiling the ingestion path on one of the two cores (perf on
    // session 37's machine: the tiering thread 45 % of the process's samples in the measured rounds, 2,000 feeds, 100
    // changed). A poller that runs every minute for days is measured in its steady state.
    private const int SettledJitMethods = 25;

    /// <inheritdoc />
    public string Name => "feeds";

    /// <inheritdoc />
    public string Description => "one poll cycle of N feeds over H loopback hosts vs a plain conditional-GET loop (goal >= 0.5x); new item to alert queued (goal <= 1 s)";

    /// <inheritdoc />
    public async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var feeds = Argument(options, "--feeds=", options.Quick ? 500 : 10_000);
        var hosts = Math.Clamp(Argument(options, "--hosts=", options.Quick ? 20 : 100), 1, 254);
        var addresses = Enumerable.Range(1, hosts).Select(h => new IPAddress([127, 0, 0, (byte)h])).ToList();
        await using var server = await LocalFeedServer.StartAsync(root: null, addresses, port: 0, cancellationToken);
        server.NamesHub = false;
        var urls = new List<Uri>(feeds);
        var routineAt = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds());
        for (var i = 0; i < feeds; i++)
        {
            server.Publish(PathOf(i), BenchFeed.Render(i, new Dictionary<int, DateTimeOffset>(), routineAt));
            urls.Add(new Uri(server.BaseAddresses[i % hosts], PathOf(i)));
        }

        var stackOptions = SharedStack.PrivateOptions();
        var stack = await LocalStack.StartAsync(stackOptions, StackPaths.Locate(AppContext.BaseDirectory, stackOptions.DataDirectory), TextWriter.Null, cancellationToken);
        ServiceProcess.StopWhenOwnerExits(Environment.ProcessId, stack.Started);
        try
        {
            var stand = new Stand();
            await using var host = await StartHostAsync(stack, stand, options);
            try
            {
                return await MeasureAsync(options, host, server, stand, urls, hosts, routineAt, cancellationToken);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }
        finally
        {
            await LocalStack.StopAsync(stack.Paths, stack.Started, CancellationToken.None);
        }
    }

    private static async Task<int> MeasureAsync(BenchmarkOptions options, WebApplication host, LocalFeedServer server, Stand stand, List<Uri> urls, int hosts, DateTimeOffset routineAt, CancellationToken cancellationToken)
    {
        var poller = host.Services.GetRequiredService<FeedPoller>();
        var feedOptions = host.Services.GetRequiredService<IOptions<FeedOptions>>().Value;
        var registered = stand.Clock.GetUtcNow();
        for (var i = 0; i < urls.Count; i++)
        {
            var registration = new FeedRegistration($"bench{i:D5}", urls[i], TimeSpan.FromMinutes(5), 3, "en", "Bench", new Dictionary<string, string>(), false, registered);
            await stand.Registry.AddAsync(registration, FeedState.New(urls[i], registered), cancellationToken);
        }

        await host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(
            new Subscriber("bench-feeds", "bench-feeds@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", BenchFeed.Topic, false)], 2, DateTimeOffset.UtcNow),
            cancellationToken);
        await host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(cancellationToken);

        // Setup, not measured: both pollers read every feed once (the poller's first read records the items without
        // alerting), so the measured cycles are conditional requests over warm connections.
        var primed = await CycleAsync(poller, cancellationToken);
        using var plain = new PlainPoller(feedOptions.ParallelHosts, HttpFeedFetcherAgent(host));
        var plainPrimed = await plain.PollAsync(urls, cancellationToken);
        if (primed.Failures > 0 || plainPrimed.GetValueOrDefault(200) != urls.Count)
        {
            Console.WriteLine($"setup failed: the poller's first cycle had {primed.Failures} failures ({primed.FirstError}); the plain loop got {plainPrimed.GetValueOrDefault(200)} of {urls.Count} feeds");
            return 1;
        }

        // --changed=0 (diagnosis: 304s only) or another count per round; about 1% by default.
        var changedPerRound = Math.Min(urls.Count, Argument(options, "--changed=", Math.Max(1, urls.Count / 100)));
        var minWarmUpRounds = changedPerRound == 0 ? MinWarmUpRounds : Math.Max(MinWarmUpRounds, (WarmUpIngestions + changedPerRound - 1) / changedPerRound);
        var warmUpRounds = 0;
        var measuredRounds = 0;
        var jit = new JitCounts();
        var warmUpJit = new JitCounts();
        var measuredJit = new JitCounts();
        var added = new Dictionary<int, Dictionary<int, DateTimeOffset>>();
        var pollerTimes = new List<TimeSpan>();
        var plainTimes = new List<TimeSpan>();
        var latencies = new List<double>();
        var problems = new List<string>();
        var roundLines = new List<string>();
        var laneLines = new List<string>();
        var measured = new Cycle();
        var storeCalls = new Dictionary<string, int>(StringComparer.Ordinal);
        using var requests = new RequestCounts();
        var measuredRequests = new Dictionary<string, int>(StringComparer.Ordinal);
        var feedPorts = server.BaseAddresses.Select(b => b.Port.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        _ = stand.Registry.TakeCalls();
        // The first rounds are not measured: the first ingestions warm matching, Azurite and the Service Bus senders, and
        // the JIT compiles the path (until it settles, SettledJitMethods). Measured rounds are numbered 1 to Rounds, warm-up
        // rounds before them 0, -1, ... (their numbers name their items, so each round's are new).
        for (var step = 0; measuredRounds < Rounds; step++)
        {
            var measuring = measuredRounds > 0 || warmUpRounds >= minWarmUpRounds && (jit.Methods <= SettledJitMethods || warmUpRounds >= MaxWarmUpRounds);
            if (!measuring)
            {
                warmUpRounds++;
            }
            else
            {
                measuredRounds++;
            }

            var round = measuring ? measuredRounds : step - MaxWarmUpRounds;
            var changed = ChangedFeeds.Pick(urls.Count, changedPerRound, round);
            stand.Clock.Offset += TimeSpan.FromMinutes(6);
            foreach (var feed in changed)
            {
                var rounds = added.TryGetValue(feed, out var list) ? list : added[feed] = [];
                rounds[round] = stand.Clock.GetUtcNow();
                server.Publish(PathOf(feed), BenchFeed.Render(feed, rounds, routineAt));
            }

            // Alternate which goes first, so neither always meets the other's leftovers (GC, connection state).
            _ = stand.Articles.Take();
            _ = stand.Publisher.Take();
            _ = stand.Fetcher.Take();
            Cycle cycle;
            IReadOnlyDictionary<int, int> plainStatuses;
            var watch = Stopwatch.StartNew();
            long pollerStart;
            long pollerEnd;
            TimeSpan pollerCpu;
            TimeSpan plainCpu;
            var cpu = Process.GetCurrentProcess();
            var jitBefore = JitCounts.Now();
            if (step % 2 == 0)
            {
                pollerStart = Stopwatch.GetTimestamp();
                pollerCpu = CpuTime(cpu);
                cycle = await CycleAsync(poller, cancellationToken);
                pollerEnd = Stopwatch.GetTimestamp();
                pollerCpu = CpuTime(cpu) - pollerCpu;
                pollerTimes.Add(watch.Elapsed);
                watch.Restart();
                plainCpu = CpuTime(cpu);
                plainStatuses = await plain.PollAsync(urls, cancellationToken);
                plainCpu = CpuTime(cpu) - plainCpu;
                plainTimes.Add(watch.Elapsed);
            }
            else
            {
                plainCpu = CpuTime(cpu);
                plainStatuses = await plain.PollAsync(urls, cancellationToken);
                plainCpu = CpuTime(cpu) - plainCpu;
                plainTimes.Add(watch.Elapsed);
                watch.Restart();
                pollerStart = Stopwatch.GetTimestamp();
                pollerCpu = CpuTime(cpu);
                cycle = await CycleAsync(poller, cancellationToken);
                pollerEnd = Stopwatch.GetTimestamp();
                pollerCpu = CpuTime(cpu) - pollerCpu;
                pollerTimes.Add(watch.Elapsed);
            }

            jit = JitCounts.Now() - jitBefore;
            (measuring ? measuredJit : warmUpJit).Add(jit);
            var (reads, saves) = stand.Articles.Take();
            var sends = stand.Publisher.Take();
            var fetches = stand.Fetcher.Take();
            var pollerBusy = stand.Fetcher.TakeBusy();
            cycle.LaneFetching = pollerBusy;
            cycle.LaneCapacity = pollerTimes[^1] * feedOptions.ParallelHosts;
            var calls = stand.Registry.TakeCalls();
            var sent = requests.Take();
            if (measuring)
            {
                foreach (var (to, count) in sent)
                {
                    measuredRequests[to] = measuredRequests.GetValueOrDefault(to) + count;
                }

                measured.Add(cycle);
                laneLines.Add(string.Create(CultureInfo.InvariantCulture, $"round {round}: {cycle.Lanes()}"));
                foreach (var (call, count) in calls)
                {
                    storeCalls[call] = storeCalls.GetValueOrDefault(call) + count;
                }
            }

            var plainBusy = plain.TakeBusy();
            // The last two warm-up rounds are shown, and every measured one.
            // Warm-up rounds in short (they may be many), measured ones in full.
            roundLines.Add(!measuring ? string.Create(CultureInfo.InvariantCulture, $"round {round} (warm-up): {jit}; poller {pollerTimes[^1].TotalMilliseconds:N0} ms, plain {plainTimes[^1].TotalMilliseconds:N0} ms") : string.Create(CultureInfo.InvariantCulture,
                $"round {round}: {jit}; poller {pollerTimes[^1].TotalMilliseconds,8:N0} ms ({cycle.Polled} polls: {cycle.NotModified} x 304, {cycle.Read} x 200, {cycle.Failures} failed, {cycle.Alerted} items alerted; last fetch returned at {Stopwatch.GetElapsedTime(pollerStart, stand.Fetcher.LastReturnedAt).TotalMilliseconds:N0} ms, then {Stopwatch.GetElapsedTime(stand.Fetcher.LastReturnedAt, pollerEnd).TotalMilliseconds:N0} ms to the cycle's end; process CPU {pollerCpu.TotalMilliseconds:N0} ms; {pollerBusy.TotalMilliseconds / (pollerTimes[^1].TotalMilliseconds * feedOptions.ParallelHosts):P0} of the lanes' time in fetches, {pollerBusy.TotalMilliseconds * 1000 / urls.Count:N0} us per fetch); " +
                $"plain {plainTimes[^1].TotalMilliseconds,8:N0} ms ({plainStatuses.GetValueOrDefault(304)} x 304, {plainStatuses.GetValueOrDefault(200)} x 200; process CPU {plainCpu.TotalMilliseconds:N0} ms; {plainBusy.TotalMilliseconds / (plainTimes[^1].TotalMilliseconds * feedOptions.ParallelHosts):P0} of the lanes' time in requests, {plainBusy.TotalMilliseconds * 1000 / urls.Count:N0} us per request); " +
                $"median (worst) of the poller's {fetches.Length} feed reads (200, parsed) {Median(fetches):N0} ({Worst(fetches):N0}) ms, then its ingestions' {reads.Length} article reads {Median(reads):N0} ({Worst(reads):N0}) ms, {sends.Length} sends {Median(sends):N0} ({Worst(sends):N0}) ms, {saves.Length} saves {Median(saves):N0} ({Worst(saves):N0}) ms; " +
                $"poll time summed over polls: {cycle.Breakdown()}; feed store calls: {Calls(calls)}"));
            if (cycle.Polled != urls.Count || cycle.Failures > 0 || cycle.Read != changed.Count || cycle.Alerted != changed.Count)
            {
                problems.Add($"round {round}: the poller polled {cycle.Polled} of {urls.Count} feeds, {cycle.Failures} failed ({cycle.FirstError}), read {cycle.Read} and alerted {cycle.Alerted} of {changed.Count} changed");
            }

            foreach (var feed in changed)
            {
                var guid = BenchFeed.AddedGuid(feed, round);
                var queued = stand.Publisher.QueuedAt.FirstOrDefault(p => p.Key.EndsWith("/" + guid, StringComparison.Ordinal));
                if (queued.Key is null || !stand.Fetcher.ReadAt.TryGetValue(urls[feed].AbsoluteUri, out var read))
                {
                    problems.Add($"round {round}: no alert was queued for {guid} (its feed was {(stand.Fetcher.ReadAt.ContainsKey(urls[feed].AbsoluteUri) ? string.Empty : "not ")}read)");
                    continue;
                }

                if (measuring)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(read, queued.Value).TotalMilliseconds);
                }
            }
        }

        var pollerMs = pollerTimes.Skip(warmUpRounds).Sum(t => t.TotalMilliseconds);
        var plainMs = plainTimes.Skip(warmUpRounds).Sum(t => t.TotalMilliseconds);
        var settled = warmUpRounds < MaxWarmUpRounds ? $"the JIT settled (at most {SettledJitMethods} methods compiled in the last warm-up round)" : $"the JIT had not settled after {MaxWarmUpRounds} warm-up rounds";
        var ratio = plainMs / pollerMs;
        var report = new Matching.MatchingReport(Console.Out, enforceTargets: !options.Quick);
        report.Target("feeds / plain (plain loop's time over the poller's)", ratio, RatioTarget, "x", lowerIsBetter: false);
        latencies.Sort();
        var worst = latencies.Count > 0 ? latencies[^1] : double.NaN;
        report.Target("new item to alert queued, worst", worst, LatencyTargetMs, "ms", lowerIsBetter: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{urls.Count:N0} feeds over {hosts} loopback addresses (127.0.0.1-127.0.0.{hosts}), {changedPerRound} changed per round, {Rounds} measured rounds after {warmUpRounds} to warm up ({settled}), {feedOptions.ParallelHosts} hosts at once, one request per host at a time, {feedOptions.ParallelIngestions} ingestions at once"));
        Console.WriteLine($"process in the warm-up rounds: {warmUpJit}; in the measured rounds: {measuredJit}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"poller: {pollerMs:N0} ms in {Rounds} measured rounds, {pollerMs / Rounds / urls.Count * 1000:N0} us per feed (FeedPoller.PollDueAsync until no feed is due, timed in the benchmark process; registries in memory; {(StoriesOnAzurite(options) ? "stories and planned alerts in Azurite" : "stories and planned alerts in memory")})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"plain:  {plainMs:N0} ms in {Rounds} measured rounds, {plainMs / Rounds / urls.Count * 1000:N0} us per feed (HttpClient loop, same process, same server)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"new item to alert queued: median {(latencies.Count > 0 ? latencies[latencies.Count / 2] : double.NaN):N1} ms, worst {worst:N1} ms over {latencies.Count} items " +
            $"(from the poller's fetch returning with the feed read and parsed to the batch sent to the Service Bus emulator)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"poller's time in the measured rounds, summed over its polls (lanes and ingestions overlap, so shares of the sum, not of the cycle): {measured.Breakdown()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"poller's host lanes in the measured rounds (shares of the cycle's wall time x {feedOptions.ParallelHosts} lanes): {measured.Lanes()}"));
        laneLines.ForEach(l => Console.WriteLine($"  lanes {l}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"HTTP requests per measured round by destination other than the feed hosts (System.Net.Http metrics; Azurite's Table and Blob ports): {Calls(measuredRequests.Where(r => !feedPorts.Contains(r.Key[(r.Key.LastIndexOf(':') + 1)..])).ToDictionary(c => c.Key, c => c.Value / Rounds))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"feed store calls per measured round (each one round trip to Table storage in production): {Calls(storeCalls.ToDictionary(c => c.Key, c => c.Value / Rounds))}"));
        roundLines.Where(l => l.Length > 0).ToList().ForEach(Console.WriteLine);
        foreach (var problem in problems)
        {
            Console.WriteLine($"PROBLEM: {problem}");
        }

        return problems.Count > 0 ? 1 : report.ExitCode;
    }

    private static async Task<Cycle> CycleAsync(FeedPoller poller, CancellationToken cancellationToken)
    {
        var cycle = new Cycle();
        IReadOnlyList<FeedPollReport> reports;
        while ((reports = await poller.PollDueAsync(cancellationToken)).Count > 0)
        {
            foreach (var report in reports)
            {
                cycle.Fetch += report.Timings.Fetch;
                cycle.Parse += report.Timings.Parse;
                cycle.Ingest += report.Timings.Ingest;
                cycle.StateWrite += report.Timings.StateWrite;
                cycle.Lease += report.Timings.Lease;
                cycle.PlaceWait += report.Timings.PlaceWait;
                cycle.SlotWait += report.Timings.SlotWait;
                if (report.Status != 200)
                {
                    cycle.QuietWrite += report.Timings.StateWrite;
                }
                cycle.Polled++;
                cycle.Alerted += report.Alerted;
                if (!report.Outcome.Succeeded)
                {
                    cycle.Failures++;
                    cycle.FirstError ??= report.Outcome.Error;
                }
                else if (report.Status == 304)
                {
                    cycle.NotModified++;
                }
                else if (report.Status == 200)
                {
                    cycle.Read++;
                }
            }
        }

        return cycle;
    }

    private static string Calls(IReadOnlyDictionary<string, int> calls) =>
        calls.Count == 0 ? "none" : string.Join(", ", calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value:N0}")));

    // The User-Agent the host's fetcher sends, for the plain loop to send the same.
    private static string HttpFeedFetcherAgent(WebApplication host)
    {
        var options = host.Services.GetRequiredService<IOptions<FeedOptions>>().Value;
        var contact = options.ContactUrl ?? new Uri(host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Alerts:PublicBaseUrl"]!);
        return Channels.Feeds.HttpFeedFetcher.UserAgentFor(contact);
    }

    private static double Median(double[] values) => values.Length == 0 ? double.NaN : values.Order().ElementAt(values.Length / 2);

    private static double Worst(double[] values) => values.Length == 0 ? double.NaN : values.Max();

    private static TimeSpan CpuTime(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    private static string PathOf(int feed) => $"bench/{feed}.xml";

    private static int Argument(BenchmarkOptions options, string prefix, int fallback) =>
        options.Arguments.Where(a => a.StartsWith(prefix, StringComparison.Ordinal)).Select(a => int.Parse(a[prefix.Length..], CultureInfo.InvariantCulture)).FirstOrDefault(fallback);

    private static async Task<WebApplication> StartHostAsync(RunningStack stack, Stand stand, BenchmarkOptions options)
    {
        var port = Ports.FindFree();
        var settings = new Dictionary<string, string?>(stack.AppSettings)
        {
            ["LocalHost:Port"] = $"{port}",
            ["LocalHost:FunctionKeys:default"] = "bench",
            ["Alerts:PublicBaseUrl"] = $"http://127.0.0.1:{port}/",
            ["Alerts:SigningKey"] = Convert.ToBase64String(new byte[32]),
            ["Feeds:AllowLoopback"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        // The poller's concurrency settings, to try others (the plain loop takes the same number of hosts at once).
        foreach (var (argument, setting) in new[] { ("--parallel-hosts=", "ParallelHosts"), ("--parallel-ingestions=", "ParallelIngestions") })
        {
            if (options.Arguments.FirstOrDefault(a => a.StartsWith(argument, StringComparison.Ordinal)) is { } given)
            {
                settings[$"{FeedOptions.SectionName}:{setting}"] = given[argument.Length..];
            }
        }

        var host = LocalFunctionHost.Build(new LocalHostSetup
        {
            Settings = settings,
            LogToStandardError = true,
            RunDispatcher = false,
            ConfigureServices = services =>
            {
                // The benchmark runs the cycles itself: no timer polls (or renews) behind its back.
                services.Remove(services.Single(d => d.ImplementationType == typeof(TimerFunctionScheduler)));
                services.AddSingleton<TimeProvider>(stand.Clock);
                services.AddSingleton<IFeedStore>(stand.Registry);
                services.AddSingleton<IWebSubStore>(stand.Subscriptions);
                if (!StoriesOnAzurite(options))
                {
                    // As the registries: the poller's own cost is measured, not Azurite's (MemoryArticleStore says why).
                    Replace<IArticleStore>(services, _ => new MemoryArticleStore());
                    Replace<IPlannedAlerts>(services, _ => new MemoryPlannedAlerts());
                }

                if (options.Arguments.Contains("--bare-fetcher"))
                {
                    // Diagnosis only: see BareFetcher.
                    services.AddSingleton<IFeedFetcher>(_ => new BareFetcher());
                }

                Decorate<IFeedFetcher>(services, stand.WrapFetcher);
                Decorate<IAlertPublisher>(services, stand.WrapPublisher);
                Decorate<IArticleStore>(services, stand.WrapArticles);
            },
        });
        await host.StartAsync();
        return host;
    }

    private static void Replace<T>(IServiceCollection services, Func<IServiceProvider, T> create)
        where T : class
    {
        foreach (var registered in services.Where(d => d.ServiceType == typeof(T)).ToList())
        {
            services.Remove(registered);
        }

        services.AddSingleton(create);
    }

    // --stories=azurite: the stories and planned alerts in Azurite's tables, as in `dev` (by hand, to see Azurite's share).
    private static bool StoriesOnAzurite(BenchmarkOptions options) => options.Arguments.Contains("--stories=azurite");

    private static void Decorate<T>(IServiceCollection services, Func<T, T> wrap)
        where T : class
    {
        var registered = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(registered);
        services.AddSingleton(sp => wrap((T)registered.ImplementationFactory!(sp)));
    }

    // What the process did besides the work measured: methods the JIT compiled and its time compiling them
    // (System.Runtime.JitInfo), and garbage collections of generation 2.
    private sealed record JitCounts(long Methods = 0, TimeSpan Compiling = default, int Gen2Collections = 0)
    {
        public long Methods { get; private set; } = Methods;

        public TimeSpan Compiling { get; private set; } = Compiling;

        public int Gen2Collections { get; private set; } = Gen2Collections;

        public static JitCounts Now() =>
            new(System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime(), GC.CollectionCount(2));

        public static JitCounts operator -(JitCounts after, JitCounts before) =>
            new(after.Methods - before.Methods, after.Compiling - before.Compiling, after.Gen2Collections - before.Gen2Collections);

        public void Add(JitCounts other)
        {
            Methods += other.Methods;
            Compiling += other.Compiling;
            Gen2Collections += other.Gen2Collections;
        }

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"JIT compiled {Methods:N0} methods in {Compiling.TotalMilliseconds:N0} ms, {Gen2Collections} gen-2 GCs");
    }

    private sealed class Cycle
    {
        public int Polled { get; set; }

        public int NotModified { get; set; }

        public int Read { get; set; }

        public int Failures { get; set; }

        public int Alerted { get; set; }

        public string? FirstError { get; set; }

        public TimeSpan Fetch { get; set; }

        public TimeSpan Parse { get; set; }

        public TimeSpan Ingest { get; set; }

        public TimeSpan StateWrite { get; set; }

        public TimeSpan Lease { get; set; }

        public TimeSpan PlaceWait { get; set; }

        public TimeSpan SlotWait { get; set; }

        public TimeSpan QuietWrite { get; set; }

        public TimeSpan LaneCapacity { get; set; }

        public TimeSpan LaneFetching { get; set; }

        public void Add(Cycle other)
        {
            Fetch += other.Fetch;
            Parse += other.Parse;
            Ingest += other.Ingest;
            StateWrite += other.StateWrite;
            Lease += other.Lease;
            PlaceWait += other.PlaceWait;
            SlotWait += other.SlotWait;
            QuietWrite += other.QuietWrite;
            LaneCapacity += other.LaneCapacity;
            LaneFetching += other.LaneFetching;
        }

        // The host lanes' time (the cycle's wall time times the hosts at once): in fetches (request and parse, as the
        // fetcher measured them), taking leases, waiting for a place among the feeds read, writing the
        // state of polls with nothing to ingest (304s, in the lane), and the rest (the lane's own CPU, thread-pool
        // scheduling, lanes idle at the cycle's end). Then the feeds' wait for their ingestion call, outside the lanes.
        public string Lanes()
        {
            var capacity = LaneCapacity.TotalMilliseconds;
            string Part(string name, TimeSpan time) =>
                string.Create(CultureInfo.InvariantCulture, $"{name} {(capacity > 0 ? time.TotalMilliseconds / capacity : 0):P0}");
            var rest = LaneCapacity - LaneFetching - Lease - PlaceWait - QuietWrite;
            return string.Join(", ", Part("fetch", LaneFetching), Part("lease", Lease), Part("waiting for a place among the feeds read", PlaceWait), Part("304 state writes", QuietWrite), Part("rest", rest))
                + string.Create(CultureInfo.InvariantCulture, $"; feeds waited {SlotWait.TotalMilliseconds:N0} ms for their ingestion call in all, ingested {Ingest.TotalMilliseconds:N0} ms in all");
        }

        // Each phase's milliseconds summed over the polls, and its share of their sum.
        public string Breakdown()
        {
            var total = (Fetch + Parse + Ingest + StateWrite).TotalMilliseconds;
            string Part(string name, TimeSpan time) =>
                string.Create(CultureInfo.InvariantCulture, $"{name} {time.TotalMilliseconds:N0} ms ({(total > 0 ? time.TotalMilliseconds / total : 0):P0})");
            return string.Join(", ", Part("fetch", Fetch), Part("parse", Parse), Part("ingest", Ingest), Part("state write", StateWrite));
        }
    }

    private sealed class Stand
    {
        public ShiftedClock Clock { get; } = new();

        public MemoryFeedRegistry Registry { get; } = new();

        public MemoryWebSubRegistry Subscriptions { get; } = new();

        public TimedFetcher Fetcher { get; private set; } = null!;

        public TimedPublisher Publisher { get; private set; } = null!;

        public TimedArticleStore Articles { get; private set; } = null!;

        public IFeedFetcher WrapFetcher(IFeedFetcher inner) => Fetcher = new TimedFetcher(inner);

        public IArticleStore WrapArticles(IArticleStore inner) => Articles = new TimedArticleStore(inner);

        public IAlertPublisher WrapPublisher(IAlertPublisher inner) => Publisher = new TimedPublisher(inner);
    }
}
