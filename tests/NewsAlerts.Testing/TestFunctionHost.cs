namespace NewsAlerts.Testing;

using System.Net;
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
        Browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Client.BaseAddress };
    }

    /// <summary>The running host.</summary>
    public WebApplication App { get; }

    /// <summary>A client aimed at the host.</summary>
    public HttpClient Client { get; }

    /// <summary>
    /// A client aimed at the host that follows no redirect and keeps no cookie: it sees a form's own answer (the 303 and
    /// its <c>Location</c>, under test), as a browser's first response. Disposed with the host.
    /// </summary>
    public HttpClient Browser { get; }

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
            await LocalFunctionHost.StartValidatedAsync(app, CancellationToken.None);
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

    /// <summary>
    /// Starts a host (as <see cref="StartAsync"/>) whose <see cref="TimeProvider"/> is <paramref name="time"/>, so a test
    /// moves its clock (a <see cref="ShiftedClock"/>) to make links, sign-ups or records expire.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="stack"/> or <paramref name="time"/> is null.</exception>
    public static Task<TestFunctionHost> StartWithClockAsync(RunningStack stack, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return StartAsync(stack, configureServices: services => services.AddSingleton(time));
    }

    /// <summary>
    /// <see cref="Browser"/>'s answer to a <c>GET</c> of <paramref name="location"/> (a <c>Location</c> header's value, e.g.
    /// <c>/confirm?view=…</c>): its status and its body as text.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    public async Task<(HttpStatusCode Status, string Html)> VisitAsync(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        using var response = await Browser.GetAsync(new Uri(location.TrimStart('/'), UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Starts a host (as <see cref="StartAsync"/>) whose per-contact allowance of confirmations is
    /// <paramref name="perContact"/> and whose per-client sign-up limit is out of the way, for tests that sign the same
    /// contact up again and again from one client and look at the per-contact rule alone.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="stack"/> is null.</exception>
    public static Task<TestFunctionHost> StartWithContactLimitAsync(RunningStack stack, int perContact) =>
        StartAsync(stack, overrides: ContactLimitSettings(perContact));

    /// <summary>
    /// The settings of <see cref="StartWithContactLimitAsync"/>: <paramref name="perContact"/> confirmations per contact,
    /// and a per-client sign-up limit out of the way.
    /// </summary>
    public static IDictionary<string, string?> ContactLimitSettings(int perContact) => new Dictionary<string, string?>
    {
        ["RateLimits:ConfirmationsPerContact"] = perContact.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:SignUpsPerClient"] = "1000",
    };

    /// <summary>
    /// Runs the function <paramref name="name"/> once now (a timer's, through the local host's
    /// <c>POST admin/functions/{name}</c> with the master key), as its schedule would.
    /// </summary>
    /// <exception cref="InvalidOperationException">The host did not accept the run (its answer is not 202).</exception>
    public async Task RunFunctionAsync(string name)
    {
        using var run = new HttpRequestMessage(HttpMethod.Post, $"admin/functions/{name}");
        run.Headers.Add("x-functions-key", MasterKey);
        using var ran = await Client.SendAsync(run);
        if (ran.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"admin/functions/{name} answered {(int)ran.StatusCode}, not 202");
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
