namespace NewsAlerts.Cli.Tests.LocalHost;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.LocalHost;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Functions;

/// <summary>A local host on a free port serving the Function App's functions and the tests' own, against the test stack.</summary>
public sealed class TestHost : IAsyncDisposable
{
    /// <summary>The master key the test host accepts.</summary>
    public const string MasterKey = "test-master-key";

    /// <summary>The default function key the test host accepts.</summary>
    public const string DefaultKey = "test-default-key";

    /// <summary>A key for ProtectedEcho only.</summary>
    public const string EchoKey = "test-echo-key";

    private TestHost(WebApplication app, TimerRuns runs)
    {
        App = app;
        Runs = runs;
        Client = new HttpClient { BaseAddress = LocalFunctionHost.BaseAddress(app) };
    }

    /// <summary>The running host.</summary>
    public WebApplication App { get; }

    /// <summary>What the timer functions recorded.</summary>
    public TimerRuns Runs { get; }

    /// <summary>A client aimed at the host.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts a host against the given stack.</summary>
    public static async Task<TestHost> StartAsync(RunningStack stack, IDictionary<string, string?>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var runs = new TimerRuns();
        var settings = new Dictionary<string, string?>(stack.AppSettings)
        {
            ["LocalHost:Port"] = "0",
            ["LocalHost:MasterKey"] = MasterKey,
            ["LocalHost:FunctionKeys:default"] = DefaultKey,
            ["LocalHost:FunctionKeys:ProtectedEcho"] = EchoKey,
            ["TestYearlySchedule"] = "0 0 0 1 1 *",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = LocalFunctionHost.Build(new LocalHostSetup
        {
            FunctionAssemblies = [typeof(FunctionAppServices).Assembly, typeof(TestHost).Assembly],
            Settings = settings,
            ConfigureServices = services => services.AddSingleton(runs),
        });
        await app.StartAsync();
        return new TestHost(app, runs);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
