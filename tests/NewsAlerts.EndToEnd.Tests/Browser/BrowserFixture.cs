namespace NewsAlerts.EndToEnd.Tests.Browser;

using Microsoft.Playwright;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// The process's local stack, one Function host (with the Dispatcher, so alerts reach smtp4dev and the SMS sink)
/// and one headless Debian chromium, started once per test process and shared by every test class, so that classes can
/// run side by side (xunit runs classes in parallel up to its thread limit, the machine's core count by default). Each
/// test opens its own browser context, so tests share no cookies or storage and use their own addresses and numbers.
/// </summary>
/// <remarks>
/// An xunit collection fixture would start once too, but tie every class to one collection, which xunit runs one test
/// at a time. The shared parts are stopped when the process exits, and by <see cref="OwnerWatchdog"/> when it is killed.
/// </remarks>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly Lazy<Task<Shared>> Parts = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    private Shared? shared;

    /// <summary>The running stack (smtp4dev and the SMS sink are read through it).</summary>
    public RunningStack Stack => (shared ?? throw NotStarted()).Stack;

    /// <summary>The Function host the pages are served by.</summary>
    public TestFunctionHost Host => (shared ?? throw NotStarted()).Host;

    /// <summary>The host's address, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseAddress => Host.Client.BaseAddress!;

    /// <summary>How long Playwright's driver may take to start.</summary>
    public static readonly TimeSpan DriverDeadline = TimeSpan.FromSeconds(120);

    /// <inheritdoc />
    public async Task InitializeAsync() => shared = await Parts.Value;

    private static async Task<Shared> StartAsync()
    {
        // apt-get (on a fresh machine) and the stack start at the same time; neither needs the other.
        var chromium = DebianChromium.EnsureAsync(CancellationToken.None);
        var stack = await SharedStack.GetAsync();
        // Each browser context is one person on their own network (its X-Forwarded-For, trusted one hop deep as behind
        // Azure's front end), so the per-client sign-up limit counts people, not the whole test run on 127.0.0.1.
        var host = await TestFunctionHost.StartAsync(stack, runDispatcher: true, overrides: new Dictionary<string, string?> { ["RateLimits:ForwardedForHops"] = "1" });
        var executable = await chromium;

        // Playwright would fetch its own browser build only through its install command; say so anyway, in case a
        // future version checks on start.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        // The driver is a node process started from the build output: a broken copy of it (seen once: a binary half
        // written by two builds at once segfaults) leaves CreateAsync waiting for ever, so it gets a deadline that names it.
        IPlaywright playwright;
        try
        {
            playwright = await Playwright.CreateAsync().WaitAsync(DriverDeadline);
        }
        catch (TimeoutException e)
        {
            throw new InvalidOperationException(
                $"Playwright's driver did not answer within {DriverDeadline.TotalSeconds} s; check that .playwright/node/linux-x64/node in the test's build output runs (`node --version`), or rebuild.", e);
        }

        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            ChromiumSandbox = false,
            Args = DebianChromium.Arguments,
        });
        // Playwright's driver (node) and chromium name no PID; a test process killed outright (a CI timeout, kill -9)
        // runs no exit handler, so they are watched as this process's descendants and stopped after it. The stack's
        // services are watched from their start (SharedStack); the Function host runs in this process.
        OwnerWatchdog.WatchDescendants();
        var parts = new Shared(stack, host, playwright, browser);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => parts.StopAsync().Wait(StopDeadline);
        return parts;
    }

    // How long stopping the browser and the host may hold up the process's exit.
    private static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(20);

    /// <summary>
    /// A fresh browser context at <paramref name="width"/>, aimed at the host (relative URLs work), coming from an address
    /// of its own (a documentation IPv6 address in a /64 of its own, as the limits key IPv6 clients by /64, in <c>X-Forwarded-For</c>); with <paramref name="javaScript"/> false,
    /// scripts are off; <paramref name="locale"/> is the browser's language (its <c>Accept-Language</c>), <paramref name="timeZone"/>
    /// the IANA zone its clock is in.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(ScreenWidth width, bool javaScript = true, string locale = "en-GB", string timeZone = "Europe/London")
    {
        ArgumentNullException.ThrowIfNull(width);
        var context = await (shared ?? throw NotStarted()).Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width.Width, Height = width.Height },
            IsMobile = width.IsMobile,
            HasTouch = width.IsMobile,
            BaseURL = BaseAddress.ToString(),
            Locale = locale,
            TimezoneId = timeZone,
            JavaScriptEnabled = javaScript,
            ExtraHTTPHeaders = new Dictionary<string, string>
            {
                ["X-Forwarded-For"] = $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}::1",
            },
        });
        // Waits are on page events with a generous deadline, never on speed (two shared cores).
        context.SetDefaultTimeout(90_000);
        return context;
    }

    /// <inheritdoc />
    /// <remarks>The shared parts outlive each class; the timings so far are written (the last class writes them all).</remarks>
    public Task DisposeAsync() => FlowTimings.WriteAsync();

    private static InvalidOperationException NotStarted() => new("The browser fixture has not been initialised.");

    private sealed record Shared(RunningStack Stack, TestFunctionHost Host, IPlaywright Playwright, IBrowser Browser)
    {
        public async Task StopAsync()
        {
            await Browser.CloseAsync();
            Playwright.Dispose();
            await Host.DisposeAsync();
        }
    }
}
