namespace NewsAlerts.Cli.Tests.LocalHost;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>The test function host serving the Function App's functions and this test assembly's own.</summary>
public sealed class TestHost : IAsyncDisposable
{
    /// <summary>The master key the test host accepts.</summary>
    public const string MasterKey = TestFunctionHost.MasterKey;

    /// <summary>The default function key the test host accepts.</summary>
    public const string DefaultKey = TestFunctionHost.DefaultKey;

    /// <summary>A key for ProtectedEcho only.</summary>
    public const string EchoKey = "test-echo-key";

    private readonly TestFunctionHost host;

    private TestHost(TestFunctionHost host, TimerRuns runs)
    {
        this.host = host;
        Runs = runs;
    }

    /// <summary>What the timer functions recorded.</summary>
    public TimerRuns Runs { get; }

    /// <summary>A client aimed at the host.</summary>
    public HttpClient Client => host.Client;

    /// <summary>The prefix of this host's tables.</summary>
    public string TablePrefix => host.TablePrefix;

    /// <summary>Starts a host against the given stack.</summary>
    public static async Task<TestHost> StartAsync(RunningStack stack, IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configureServices = null)
    {
        var runs = new TimerRuns();
        var settings = new Dictionary<string, string?>
        {
            ["LocalHost:FunctionKeys:ProtectedEcho"] = EchoKey,
            ["TestYearlySchedule"] = "0 0 0 1 1 *",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = await TestFunctionHost.StartAsync(stack, [typeof(TestHost).Assembly], services =>
        {
            services.AddSingleton(runs);
            configureServices?.Invoke(services);
        }, settings);
        return new TestHost(host, runs);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => host.DisposeAsync();
}
