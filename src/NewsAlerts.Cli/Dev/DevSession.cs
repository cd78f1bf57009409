namespace NewsAlerts.Cli.Dev;

using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Configuration;
using NewsAlerts.Cli.Commands;
using NewsAlerts.Cli.LocalHost;
using NewsAlerts.Cli.Stack;

/// <summary>
/// One run of <c>newsalerts dev</c>: stack up, host up, health report, then wait or exit; stops what it started, the
/// host before the stack it depends on, and says what it stopped.
/// </summary>
/// <param name="arguments">The command's arguments (<c>--once</c>, <c>--no-demo</c>, settings).</param>
/// <param name="console">Where the report and the stop lines go.</param>
/// <param name="configureHost">Extra service registrations for the local host (tests use it to observe its logs).</param>
public sealed class DevSession(IReadOnlyList<string> arguments, CliConsole console, Action<IServiceCollection>? configureHost = null)
{
    // Bounds the host's stop (queue workers hand back their batches; the replica leases are checked out).
    private static readonly TimeSpan HostStopDeadline = TimeSpan.FromSeconds(15);

    private readonly bool once = arguments.Contains("--once");
    private readonly HostLogSilence silence = new();
    private RunningStack? stack;
    private WebApplication? host;
    private StackWatch? watch;
    private SmsReplies? replies;
    private string? hostRecord;

    // With --once, standard output carries only the JSON summary; every other line goes to standard error.
    private TextWriter Log => once ? console.Error : console.Out;

    /// <summary>The exit code of a run stopped (Ctrl+C) before it was up: 128 + SIGINT, as a shell reports an interrupted command.</summary>
    public const int Interrupted = 130;

    /// <summary>What a run stopped before it was up says on standard error (then each service it started says it stopped).</summary>
    public const string InterruptedLine = "newsalerts dev: stopped before it was up (Ctrl+C); stopping what it started.";

    /// <summary>
    /// Runs the session, in steps: check every setting, claim the host's port, start (or reuse) the stack, start the
    /// host, report; then stops what it started. Returns 0 when everything came up healthy, <see cref="Interrupted"/> when
    /// <paramref name="cancellationToken"/> ended before it was up.
    /// </summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        CancellationTokenSource? session = null;
        try
        {
            var settings = await CheckSettingsAsync();
            var port = ClaimPort(settings.Port);
            // What this session starts stops with it, also when it is killed while the stack is still starting.
            ServiceProcess.StopServicesWithThisProcess();
            stack = await LocalStack.StartAsync(settings.Stack, settings.Paths, Log, cancellationToken);
            // A service reused from another dev or stack run stops when that one ends: this run then stops with one line.
            watch = StackWatch.Start(stack);
            session = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, watch.Lost);
            var baseAddress = await StartHostAsync(stack, settings.Configuration, port, session.Token);
            return await ReportAsync(stack, settings, baseAddress, session.Token);
        }
        catch (Exception) when (watch?.Gone is not null)
        {
            // Whatever failed after the stack went (a refused connection, a cancelled wait) is that, said once.
            await StackGoneAsync();
            return 1;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Trial s45 #14: Ctrl+C while dev was still starting ended in an unhandled TaskCanceledException
            // and exit status 134. Whatever failed after the person asked to stop (a cancelled wait, a refused connection
            // to a service being stopped) is that stop: one line, what was started stops in the finally, exit code 130
            // (128 + SIGINT, as a shell reports an interrupted command).
            await console.Error.WriteLineAsync(InterruptedLine);
            return Interrupted;
        }
        catch (StackConfigurationException ex)
        {
            await console.Error.WriteLineAsync($"newsalerts dev: {ex.Message}");
            return 1;
        }
        catch (TimeoutException ex)
        {
            await console.Error.WriteLineAsync($"newsalerts dev: {ex.Message}");
            return 1;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                await console.Error.WriteLineAsync($"newsalerts dev: configuration error: {failure}");
            }

            return 1;
        }
        finally
        {
            await StopAsync();
            watch?.Dispose();
            session?.Dispose();
        }
    }

    // Step 1. Every setting is checked before the stack is looked at or anything starts (trial s42 #C: with another dev
    // running, a wrong setting came after five "already running, reused" lines and a "function host: stopped"; with port
    // 7071 taken, it hid behind the busy port), so a wrong one is one "configuration error" line whatever else runs. The
    // host's settings are checked on a host built, never started, with a stand-in for the settings dev sets itself.
    private async Task<DevSettings> CheckSettingsAsync()
    {
        var configuration = CliConfiguration.Build(arguments);
        var stackOptions = CliConfiguration.StackOptions(configuration);
        var paths = StackPaths.Locate(stackOptions);
        var port = ConfiguredPort(configuration);
        await using (var check = BuildHost(LocalStack.Unstarted(paths), port, OwnHost(port), configureServices: null))
        {
            StartupSettings.Validate(check.Services);
        }

        return new DevSettings(configuration, stackOptions, paths, port);
    }

    // Step 4. The host on the stack: the settings dev owns (a value given for one is named; links in alerts point at the
    // host of the run that started the stack, AlertLinkHost), a feed at a restarted hub reset, started, recorded for later
    // runs (DevHosts), and the SMS sink's replies pointed at it.
    private async Task<Uri> StartHostAsync(RunningStack on, IConfiguration configuration, int port, CancellationToken cancellationToken)
    {
        var links = AlertLinkHost.Choose(on.Services, DevHosts.Live(on.Paths.DataDirectory), Environment.ProcessId, OwnHost(port));
        if (links.Line is { } linksLine)
        {
            await Log.WriteLineAsync(linksLine);
        }

        foreach (var ignored in DevOwnedSettings.Ignored(OwnedSettings(on, links.PublicBaseUrl), configuration))
        {
            await Log.WriteLineAsync(ignored);
        }

        host = BuildHost(on, port, links.PublicBaseUrl, services =>
        {
            silence.Register(services);
            configureHost?.Invoke(services);
        });
        // Before the host polls (review of s38, finding 7): a feed subscribed at a hub this run restarted is reset first,
        // with or without the demo, or its first poll would take the stale subscription and wait an hour. The settings
        // are checked first, so a wrong one is still its own message.
        StartupSettings.Validate(host.Services);
        await ResetRestartedHubAsync(host.Services, on, Log, cancellationToken);
        await LocalFunctionHost.StartValidatedAsync(host, cancellationToken);
        var baseAddress = LocalFunctionHost.BaseAddress(host);
        hostRecord = DevHosts.Register(on.Paths.DataDirectory, baseAddress);
        using (var sink = new SmsSinkInbox(on.SmsSink))
        {
            // Replies posted to the sink (POST /sink/inbound) reach this host, as a Twilio number's webhook would.
            replies = new SmsReplies(baseAddress, await sink.SendRepliesToAsync(baseAddress, cancellationToken));
        }

        return baseAddress;
    }

    // Step 5. Health, the demo and the feeds; with --once the JSON summary, else the banner and the wait for Ctrl+C.
    private async Task<int> ReportAsync(RunningStack on, DevSettings settings, Uri baseAddress, CancellationToken cancellationToken)
    {
        var running = host!;
        var health = await HealthProbe.GetAsync(baseAddress, cancellationToken);
        var urls = DevBanner.Urls(baseAddress, on);
        var noDemo = arguments.Contains("--no-demo") || (health.StatusCode == 200 && !await DemoGoesAheadAsync(running, on, settings, cancellationToken));
        if (!noDemo && health.StatusCode == 200)
        {
            // Said before the demo starts: a run without the demo started meanwhile leaves its feeds alone (trial s45 #8).
            hostRecord = DevHosts.Register(on.Paths.DataDirectory, baseAddress, demo: true);
        }

        var demo = noDemo || health.StatusCode != 200
            ? null
            : await new Demo(baseAddress, on, EditorKey(running), Log).RunAsync(ArticlePath(settings.Configuration, on), cancellationToken);
        var feedDemo = new FeedDemo(
            baseAddress, EditorKey(running), on.FeedServer, Log, running.Services, FeedDemo.NewsroomPathOf(Path.GetFullPath(settings.Paths.DataDirectory)));
        var feeds = demo is null ? null : await feedDemo.RegisterAsync(cancellationToken);
        if (noDemo && health.StatusCode == 200)
        {
            // What only the demo registered is not polled without it (session 43, trial LOW #11).
            // Pausing is a courtesy: a feed API that refuses leaves them polled, said in one line, and dev runs on (review s43).
            try
            {
                // Not while another live run runs the demo and uses them (trial s45 #8).
                await new DemoFeeds(baseAddress, EditorKey(running), feedDemo.NewsroomPath, Log)
                    .PauseUnlessInUseAsync(DevHosts.Live(on.Paths.DataDirectory), Environment.ProcessId, cancellationToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or JsonException)
            {
                await Log.WriteLineAsync($"Feeds: the demo's feeds were not paused ({DemoFeeds.Why(exception)}); they are polled as before.");
            }
        }

        if (once)
        {
            var summary = new { healthStatusCode = health.StatusCode, health = health.Body, demo, feeds, urls };
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(summary, DevBanner.Indented));
            return health.StatusCode == 200 ? 0 : 1;
        }

        await DevBanner.WriteAsync(console.Out, urls, health, demo,
            running.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<NewsAlerts.Pages.Forms.PageOptions>>().Value.EmbedOrigins);
        return await RunUntilStoppedAsync(running, on, demo, feedDemo, feeds, cancellationToken);
    }

    // Step 5a. Whether the demo runs (DemoAudience: its story and item reach everyone here who follows their topics, and a
    // person who signed up on the pages expects news, not two breaking alerts per start; trial s44 #4). Said in one line.
    private async Task<bool> DemoGoesAheadAsync(WebApplication running, RunningStack on, DevSettings settings, CancellationToken cancellationToken)
    {
        var subscribers = new List<Core.Subscribers.Subscriber>();
        await foreach (var (_, subscriber, _) in running.Services.GetRequiredService<Core.Ports.ISubscriberStore>().ChangesSinceAsync(DateTimeOffset.MinValue, cancellationToken))
        {
            if (subscriber is not null)
            {
                subscribers.Add(subscriber);
            }
        }

        var reached = DemoAudience.RealReached(subscribers, DemoSubscribers.Load(on.Paths.DataDirectory), Demo.Stories(ArticlePath(settings.Configuration, on)));
        var decision = DemoAudience.Decide(reached.Count, arguments.Contains("--demo"));
        if (decision.Line is { } line)
        {
            await Log.WriteLineAsync(line);
        }

        return decision.Runs;
    }

    // Until Ctrl+C, SIGTERM or the stack going: the live summary, and the feed and digest demos as they happen.
    private async Task<int> RunUntilStoppedAsync(
        WebApplication running, RunningStack on, DemoSummary? demo, FeedDemo feedDemo, IReadOnlyDictionary<string, string>? feeds, CancellationToken cancellationToken)
    {
        await using var liveSummary = new LiveSummary(
            running.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), console.Out, TimeSpan.FromSeconds(10), TimeProvider.System);

        // A run that took the SMS replies and was killed cannot hand them back: a live run takes them (trial s45 #10).
        await using var repliesWatch = replies is null ? null : RepliesWatch.Start(on.SmsSink, on.Paths.DataDirectory, replies.Host, console.Out);
        // Likewise the WebSub callbacks it asked the feed server's hub to push to (its own host, on a stack no dev started).
        await using var callbacksWatch = CallbacksWatch.Start(
            running.Services.GetRequiredService<Core.Ports.IWebSubStore>(), running.Services.GetRequiredService<Core.Ports.IFeedStore>(), on.Paths.DataDirectory, console.Out);

        // Ctrl+C cancels the token; SIGTERM stops the host (its console lifetime): either ends the session.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, running.Lifetime.ApplicationStopping);
        var feedNews = feeds is null ? Task.CompletedTask : feedDemo.PublishNewsWhenPrimedAsync(feeds[feedDemo.NewsroomUrl.AbsoluteUri], stop.Token);
        var digestShown = demo?.Subscribers.FirstOrDefault(s => s.DigestDueAt is not null) is { } digestSubscriber
            ? new DigestDemo(on, console.Out).ShowWhenDeliveredAsync(digestSubscriber, stop.Token)
            : Task.CompletedTask;
        await WaitForCancellationAsync(stop.Token);
        await feedNews;
        await digestShown;
        return await StackGoneAsync() ? 1 : 0;
    }

    private async Task<bool> StackGoneAsync()
    {
        if (watch?.Gone is not { } gone)
        {
            return false;
        }

        await console.Error.WriteLineAsync($"newsalerts dev: {gone}");
        return true;
    }

    // The host first, while its storage, queues and senders still answer (its workers settle and check out), then the
    // stack's processes this session started, by PID; each stop is one line. When the stack is already gone, the host's
    // stop can only fail, and the one line said why: its logs are silenced and its failure is not shown again (trial s42
    // #A: a stack trace per replica check-out followed the line).
    private async Task StopAsync()
    {
        var stackGone = watch?.Gone is not null;
        if (stackGone)
        {
            silence.Silence();
        }

        await HandRepliesBackAsync();
        if (hostRecord is not null)
        {
            DevHosts.Forget(hostRecord);
        }

        if (host is not null)
        {
            try
            {
                using var deadline = new CancellationTokenSource(HostStopDeadline);
                await host.StopAsync(deadline.Token);
            }
            catch (Exception) when (stackGone)
            {
                // Said once already: the stack is gone.
            }

            await host.DisposeAsync();
            await Log.WriteLineAsync($"function host: stopped (in this process, PID {Environment.ProcessId})");
        }

        if (stack is not null)
        {
            foreach (var stop in await LocalStack.StopAsync(stack.Paths, stack.Started, CancellationToken.None))
            {
                await Log.WriteLineAsync(stop.Line());
            }
        }
    }

    // Replies this run took from another one still running go back to it (the s41 trial's #1); a sink that is gone
    // (the stack stopped first) or does not answer in time has nothing to hand back.
    private async Task HandRepliesBackAsync()
    {
        if (replies?.Previous is null || stack is null)
        {
            return;
        }

        try
        {
            using var sink = new SmsSinkInbox(stack.SmsSink);
            if (await sink.HandRepliesBackAsync(replies.Host, replies.Previous, CancellationToken.None))
            {
                await Log.WriteLineAsync($"smssink: replies go back to {replies.Previous}");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // The sink stopped with the run that owned it: there is no one to hand the replies to.
        }
    }

    private WebApplication BuildHost(RunningStack on, int port, Uri publicBaseUrl, Action<IServiceCollection>? configureServices) =>
        LocalFunctionHost.Build(new LocalHostSetup
        {
            Settings = new Dictionary<string, string?>(OwnedSettings(on, publicBaseUrl)) { ["LocalHost:Port"] = $"{port}" },
            Arguments = CliConfiguration.SettingArguments(arguments),
            LogToStandardError = once,
            ConfigureServices = configureServices,
        });

    // The stack's settings, and links in emails and Twilio callbacks pointing back at publicBaseUrl (AlertLinkHost).
    private static Dictionary<string, string?> OwnedSettings(RunningStack on, Uri publicBaseUrl) =>
        new(on.AppSettings) { ["Alerts:PublicBaseUrl"] = publicBaseUrl.AbsoluteUri };

    private static Uri OwnHost(int port) => new($"http://127.0.0.1:{port}/");

    // A feed server started now has a hub that knows no subscription: those stored by an earlier run are asked afresh.
    private static async Task ResetRestartedHubAsync(IServiceProvider services, RunningStack stack, TextWriter log, CancellationToken cancellationToken)
    {
        var startedNow = stack.Started.Any(s => s.Name == "feedserver");
        foreach (var feed in await RestartedHubSubscriptions.ResetAsync(
            services.GetRequiredService<Core.Ports.IWebSubStore>(), services.GetRequiredService<Core.Ports.IFeedStore>(), stack.FeedServer, startedNow,
            TimeProvider.System, cancellationToken))
        {
            await log.WriteLineAsync(feed.Polled
                ? $"feed {feed.FeedId}: its WebSub subscription was at the feed server's hub, which restarted; the feed is polled now and subscribes again"
                : $"feed {feed.FeedId}: its WebSub subscription was at the feed server's hub, which restarted; the feed is gone or paused and stays unpolled until an editor resumes it (it subscribes again then)");
        }
    }

    // The configured port (0: a free one), checked against its range (a setting like any other).
    private static int ConfiguredPort(IConfiguration configuration)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(LocalSettingsFile.ReadValues(AppContext.BaseDirectory)).AddConfiguration(configuration).Build();
        var port = StartupSettings.Read(() => settings.GetValue($"{LocalHostOptions.SectionName}:Port", 7071));
        StartupSettings.CheckRanges(new LocalHostOptions { Port = port }, LocalHostOptions.SectionName);
        return port;
    }

    // Step 2, once every setting is right: the port checked free now, so a clash is one clear message, not a stack trace.
    private static int ClaimPort(int port)
    {
        if (port == 0)
        {
            return Ports.FindFree();
        }

        return Ports.IsFree(port)
            ? port
            : throw new StackConfigurationException(
                $"Port {port} (LocalHost:Port) is already in use by another process. Pass --LocalHost:Port=<free port> or set NEWSALERTS_LocalHost__Port.");
    }

    // The editor key is the host's default function key (local.settings.json or --LocalHost:FunctionKeys:default=...).
    private static string EditorKey(WebApplication host) =>
        host.Configuration["LocalHost:FunctionKeys:default"] ?? host.Configuration["LocalHost:MasterKey"]
        ?? throw new StackConfigurationException("Setting 'LocalHost:FunctionKeys:default' is missing: the demo needs an editor key to publish.");

    private static string ArticlePath(IConfiguration configuration, RunningStack stack) =>
        configuration["article"] ?? Path.Combine(stack.Paths.SharedDataDirectory, "sample-article.json");

    private static async Task WaitForCancellationAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: fall through to the clean-up.
        }
    }

    // Where this run pointed the SMS sink's replies, and where they went before (null: nowhere, or here already).
    private sealed record SmsReplies(Uri Host, Uri? Previous);

    // The settings of the run, all checked: configuration, stack options, folders and the host's port (0: a free one).
    private sealed record DevSettings(IConfiguration Configuration, StackOptions Stack, StackPaths Paths, int Port);
}
