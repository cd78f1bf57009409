namespace NewsAlerts.Testing;

using System.Reflection;
using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;

/// <summary>
/// The set-up most integration test classes share: a function host on the running local stack, the smtp4dev inbox, the
/// SMS sink's inbox and (made on first use) a Service Bus client, disposed together.
/// </summary>
public sealed class HostedStack : IAsyncDisposable
{
    private readonly string serviceBusConnectionString;
    private ServiceBusClient? serviceBus;

    private HostedStack(RunningStack stack, TestFunctionHost host, string serviceBusConnectionString)
    {
        this.serviceBusConnectionString = serviceBusConnectionString;
        Host = host;
        Inbox = new Smtp4devInbox(stack.SmtpInbox);
        Sink = new SmsSinkInbox(stack.SmsSink);
    }

    /// <summary>The function host under test.</summary>
    public TestFunctionHost Host { get; }

    /// <summary>The emails smtp4dev received.</summary>
    public Smtp4devInbox Inbox { get; }

    /// <summary>The texts the SMS sink received.</summary>
    public SmsSinkInbox Sink { get; }

    /// <summary>A client of the host's Service Bus namespace (the stack's, or the one the overrides name), made on first use.</summary>
    public ServiceBusClient ServiceBus => serviceBus ??= new ServiceBusClient(serviceBusConnectionString);

    /// <summary>Starts a host as <see cref="TestFunctionHost.StartAsync"/> does (same arguments) and opens the inboxes.</summary>
    public static async Task<HostedStack> StartAsync(
        RunningStack stack,
        IReadOnlyList<Assembly>? extraFunctionAssemblies = null,
        Action<IServiceCollection>? configureServices = null,
        IDictionary<string, string?>? overrides = null,
        bool runDispatcher = false)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var host = await TestFunctionHost.StartAsync(stack, extraFunctionAssemblies, configureServices, overrides, runDispatcher);
        var serviceBusConnectionString = overrides?.TryGetValue("ServiceBus:ConnectionString", out var named) == true && named is not null
            ? named
            : stack.ServiceBusConnectionString;
        return new HostedStack(stack, host, serviceBusConnectionString);
    }

    /// <summary>
    /// A host that runs the dispatcher and tries each send, and each delivery of a batch, once: a batch the provider
    /// refuses goes to the dead-letter queue at once. The topic index is refreshed every second.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="stack"/> is null.</exception>
    public static Task<HostedStack> StartDeadLetteringAtOnceAsync(RunningStack stack) =>
        StartAsync(
            stack,
            configureServices: services => services.AddSingleton(new Channels.Shaping.RetryPolicy(1, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10))),
            overrides: new Dictionary<string, string?> { ["Dispatcher:MaxAttempts"] = "1", ["Alerts:IndexRefreshSeconds"] = "1" },
            runDispatcher: true);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Inbox.Dispose();
        Sink.Dispose();
        if (serviceBus is not null)
        {
            await serviceBus.DisposeAsync();
        }

        await Host.DisposeAsync();
    }
}
