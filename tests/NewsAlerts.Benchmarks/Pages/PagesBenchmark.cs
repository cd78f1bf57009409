namespace NewsAlerts.Benchmarks.Pages;

using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Benchmarks.Feeds;
using NewsAlerts.Benchmarks.Matching;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// The subscriber pages as the local Function host serves them on the local stack: each page's server time
/// (request sent to last byte received, over a kept-alive loopback connection, so network time is nil) as p50/p95
/// over many requests, and its weight (the HTML plus the same-site styles and scripts it loads).
/// Targets: p95 ≤ 50 ms, weight ≤ 100 KB. A page that does not answer 200 with HTML fails the run in any mode;
/// the time and weight targets are enforced only in full runs (quick runs on shared CI machines print them).
/// </summary>
public sealed class PagesBenchmark : IBenchmarkSuite
{
    private const double P95TargetMs = 50;
    private const double WeightTargetKb = 100;

    // The trivial endpoint of the same host each page is compared with: a static asset (no storage, no rendering).
    private const string TrivialPath = "assets/favicon.svg";

    /// <inheritdoc />
    public string Name => "pages";

    /// <inheritdoc />
    public string Description => "subscriber pages on the local host: server time p50/p95 (target p95 <= 50 ms) and weight (target <= 100 KB)";

    /// <inheritdoc />
    public async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        // 60 warm-up requests in both modes: past the 30 calls after which .NET recompiles a method optimised (tiered
        // compilation), so quick runs time the pages, not the JIT (5 warm-ups left 4-19 methods compiled per measured request).
        var (warmUp, samples) = options.Quick ? (60, 40) : (60, 1000);
        var stackOptions = SharedStack.PrivateOptions();
        var stack = await LocalStack.StartAsync(stackOptions, StackPaths.Locate(AppContext.BaseDirectory, stackOptions.DataDirectory), TextWriter.Null, cancellationToken);
        ServiceProcess.StopWhenOwnerExits(Environment.ProcessId, stack.Started);
        try
        {
            await using var host = await TestFunctionHost.StartAsync(
                stack, configureServices: services => services.AddSingleton<IStartupFilter, ServedRequests>(),
                overrides: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
            var report = new MatchingReport(Console.Out, enforceTargets: !options.Quick);
            var failed = false;
            var storage = StorageNames(stack.StorageConnectionString);
            using var trips = new RequestCounts(() => ServedRequests.InRequest);
            report.Line($"-- {samples} requests per page after {warmUp} to warm up, one at a time, kept-alive loopback connection;");
            report.Line($"   before each page the same for {TrivialPath} (no storage, no rendering: the host's own cost), and the page's time as a multiple of it;");
            report.Line("   CPU: this process's (host and client) per request; round trips: the storage requests the host made per page request");
            // `pages [--quick] manage confirm` measures the pages named only.
            foreach (var (name, url) in (await PageUrlsAsync(host, cancellationToken))
                .Where(p => options.Arguments.Count == 0 || options.Arguments.Contains(p.Name, StringComparer.OrdinalIgnoreCase)))
            {
                var trivial = await PageTimer.MeasureAsync(host.Client, new Uri(host.Client.BaseAddress!, TrivialPath), warmUp, samples, trips, cancellationToken, "image/svg+xml");
                var page = await PageTimer.MeasureAsync(host.Client, url, warmUp, samples, trips, cancellationToken);
                if ((page.Problem ?? trivial.Problem) is { } problem)
                {
                    report.Line($"{name}: NOT A PAGE ({problem})");
                    failed = true;
                    continue;
                }

                report.Line(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-12} p50 {page.Percentile(50),6:N2} ms  p95 {page.Percentile(95),6:N2} ms  max {page.Percentile(100),7:N2} ms  " +
                    $"html {page.HtmlBytes / 1024.0,5:N1} KB  + {page.AssetBytes / 1024.0,5:N1} KB styles/scripts"));
                report.Line(string.Create(CultureInfo.InvariantCulture,
                    $"{string.Empty,-12} {page.Percentile(50) / trivial.Percentile(50),5:N1}x / {page.Percentile(95) / trivial.Percentile(95),5:N1}x the trivial endpoint's p50 / p95 ({trivial.Percentile(50):N2} / {trivial.Percentile(95):N2} ms)  " +
                    $"CPU {page.CpuMilliseconds:N2} ms/request (trivial {trivial.CpuMilliseconds:N2})  methods compiled {page.JitMethods:N1}/request  round trips/request: {Trips(page, storage)}"));
                report.Target($"{name} server time p95", page.Percentile(95), P95TargetMs, "ms", lowerIsBetter: true);
                report.Target($"{name} weight", (page.HtmlBytes + page.AssetBytes) / 1024.0, WeightTargetKb, "KB", lowerIsBetter: true);
            }

            return failed ? 1 : report.ExitCode;
        }
        finally
        {
            await LocalStack.StopAsync(stack.Paths, stack.Started, CancellationToken.None);
        }
    }

    // Every page a subscriber reaches, at its own path, with real tokens: the sign-up form, a pending sign-up's
    // confirmation button and code form, and a confirmed subscriber's preference centre and unsubscribe button.
    private static async Task<IReadOnlyList<(string Name, Uri Url)>> PageUrlsAsync(TestFunctionHost host, CancellationToken cancellationToken)
    {
        var signUps = host.Services.GetRequiredService<SignUpService>();
        var links = host.Services.GetRequiredService<AlertLinks>();
        var confirmed = await signUps.SignUpAsync(Request("+447400900001"), cancellationToken);
        var outcome = await signUps.ConfirmSmsAsync(confirmed.SignUp.Id, confirmed.SmsCode!, cancellationToken);
        var subscriber = outcome.Subscriber ?? throw new InvalidOperationException($"The benchmark's sign-up was not confirmed: {outcome.Kind}.");
        var pending = await signUps.SignUpAsync(Request("+447400900002") with { Email = "bench-pages@example.com" }, cancellationToken);
        var pendingId = Uri.EscapeDataString(pending.SignUp.Id);
        return
        [
            ("signup", Page(host, "signup")),
            ("confirm", Page(host, $"confirm?signUp={pendingId}&token={Uri.EscapeDataString(pending.EmailConfirmationToken!)}")),
            ("code", Page(host, $"confirm?signUp={pendingId}")),
            ("manage", Page(host, $"manage?token={Uri.EscapeDataString(outcome.ManageToken!)}")),
            ("unsubscribe", Page(host, "unsubscribe" + links.Unsubscribe(subscriber.Id).Query)),
        ];
    }

    // The Azurite endpoints (host:port) by service, from the connection string: "TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;...".
    private static Dictionary<string, string> StorageNames(string connectionString) =>
        connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Where(kv => kv.Length == 2 && kv[0].EndsWith("Endpoint", StringComparison.Ordinal) && Uri.TryCreate(kv[1], UriKind.Absolute, out _))
            .ToDictionary(kv => $"{new Uri(kv[1]).Host}:{new Uri(kv[1]).Port}", kv => kv[0][..^"Endpoint".Length].ToLowerInvariant() + "s", StringComparer.Ordinal);

    private static string Trips(PageTimer page, IReadOnlyDictionary<string, string> storage) =>
        page.RoundTrips.Count == 0
            ? "none"
            : string.Join(", ", page.RoundTrips.OrderBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => string.Create(CultureInfo.InvariantCulture, $"{storage.GetValueOrDefault(t.Key, t.Key)} {t.Value:0.##}")));

    private static Uri Page(TestFunctionHost host, string pathAndQuery) => new(host.Client.BaseAddress!, pathAndQuery);

    private static SubscriberRequest Request(string? phone) =>
        new(null, phone, "Europe/London", [("Syria", false), ("ceasefire OR truce", false), ("\"climate summit\"", false)], Subscriber.DefaultSmsMaxUrgency);
}
