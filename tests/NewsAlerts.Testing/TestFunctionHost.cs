namespace NewsAlerts.Testing;

using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.LocalHost;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Functions;

/// <summary>
/// The local Function host on a free port against the test stack, with known keys and its own table prefix,
/// so each test class works on its own tables.
/// </summary>
public sealed class TestFunctionHost : IAsyncDisposable
{
    /// <summary>The master key the test host accepts.</summary>
    public const string MasterKey = "test-master-key";

    /// <summary>The default function key the test host accepts.</summary>
    public const string DefaultKey = "test-default-key";

    /// <summary>The signing key (base64) of the test host's tokens.</summary>
    public const string SigningKey = "dGVzdC1zaWduaW5nLWtleS10aGF0LWlzLWxvbmctZW5vdWdoIQ==";

    private TestFunctionHost(WebApplication app, string tablePrefix)
    {
        App = app;
        TablePrefix = tablePrefix;
        Client = new HttpClient { BaseAddress = LocalFunctionHost.BaseAddress(app) };
    }

    /// <summary>The running host.</summary>
    public WebApplication App { get; }

    /// <summary>A client aimed at the host.</summary>
    public HttpClient Client { get; }

    /// <summary>The prefix of this host's tables.</summary>
    public string TablePrefix { get; }

    /// <summary>The host's services (stores, the matching index) for arranging state directly.</summary>
    public IServiceProvider Services => App.Services;

    /// <summary>
    /// Starts a host serving the Function App (and any extra assemblies' functions); with <paramref name="runDispatcher"/>
    /// it also consumes the alert queues (tests doing so share the queues and belong to the "queues" collection) and
    /// receives the SMS sink's replies (<c>POST /sink/inbound</c> without a <c>webhookUrl</c>).
    /// </summary>
    public static async Task<TestFunctionHost> StartAsync(
        RunningStack stack,
        IReadOnlyList<Assembly>? extraFunctionAssemblies = null,
        Action<IServiceCollection>? configureServices = null,
        IDictionary<string, string?>? overrides = null,
        bool runDispatcher = false)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var prefix = StackFixture.UniqueName("t");
        // A known port, so links and Twilio callbacks (signed over the public URL) point back at this host.
        var port = Ports.FindFree();
        var settings = new Dictionary<string, string?>(stack.AppSettings)
        {
            ["LocalHost:Port"] = $"{port}",
            ["LocalHost:MasterKey"] = MasterKey,
            ["LocalHost:FunctionKeys:default"] = DefaultKey,
            ["Storage:TablePrefix"] = prefix,
            ["Alerts:SigningKey"] = SigningKey,
            ["Alerts:PublicBaseUrl"] = $"http://127.0.0.1:{port}/",
            ["Editor:DevSignIn"] = "true",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = LocalFunctionHost.Build(new LocalHostSetup
        {
            FunctionAssemblies = [typeof(FunctionAppServices).Assembly, .. extraFunctionAssemblies ?? []],
            Settings = settings,
            ConfigureServices = configureServices,
            RunDispatcher = runDispatcher,
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            // A host that fails start-up (a test of bad settings) must not leave its services behind.
            await app.DisposeAsync();
            throw;
        }

        if (runDispatcher)
        {
            using var sink = new SmsSinkInbox(stack.SmsSink);
            await sink.SendRepliesToAsync(LocalFunctionHost.BaseAddress(app), CancellationToken.None);
        }

        return new TestFunctionHost(app, prefix);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
