namespace NewsAlerts.Benchmarks.Faults;

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using global::Azure.Messaging.ServiceBus;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.LocalHost;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.ServiceBusEmulator;
using NewsAlerts.Testing;

/// <summary>
/// The whole local stack for the fault campaign: Azurite, smtp4dev behind an <see cref="SmtpFaultProxy"/>, the SMS
/// sink, a Service Bus emulator in this process (so its fault switches can be flipped), the Function host in this
/// process (publishing only) and the Dispatcher as its own process, on a table prefix of its own.
/// </summary>
internal sealed class CampaignStack : IAsyncDisposable
{
    private const string FunctionKey = "faults";
    private readonly StackPaths paths;
    private readonly List<ServiceRecord> started;
    private readonly Dictionary<string, string?> settings;
    private readonly ServiceBusClient client;
    private readonly bool verbose;
    private int dispatchers;

    private CampaignStack(
        StackPaths paths, RunningStack stack, RunningServiceBusEmulator emulator, SmtpFaultProxy proxy, Population population, Dictionary<string, string?> settings, TimeSpan lockDuration, bool verbose)
    {
        LockDuration = lockDuration;
        this.paths = paths;
        started = [.. stack.Started];
        this.settings = settings;
        this.verbose = verbose;
        Emulator = emulator;
        Proxy = proxy;
        Population = population;
        Sinks = new Sinks(stack.SmtpInbox, stack.SmsSink, population);
        client = new ServiceBusClient(emulator.ConnectionString);
        HostPort = int.Parse(settings["LocalHost:Port"]!, CultureInfo.InvariantCulture);
    }

    /// <summary>The alert queues' lock duration in this run.</summary>
    public TimeSpan LockDuration { get; }

    /// <summary>The Service Bus emulator (its <c>Faults</c>).</summary>
    public RunningServiceBusEmulator Emulator { get; }

    /// <summary>The SMTP proxy the Dispatcher sends through.</summary>
    public SmtpFaultProxy Proxy { get; }

    /// <summary>The subscribers.</summary>
    public Population Population { get; }

    /// <summary>smtp4dev and the SMS sink.</summary>
    public Sinks Sinks { get; }

    /// <summary>The running Function host.</summary>
    public WebApplication? Host { get; private set; }

    /// <summary>The running Dispatcher processes.</summary>
    public List<DispatcherProcess> Dispatchers { get; } = [];

    private int HostPort { get; }

    /// <summary>Starts everything, writes the subscribers and starts one Dispatcher.</summary>
    /// <remarks>
    /// <paramref name="lockDuration"/> replaces the queues' 1 minute: a short lock makes a small run's lost locks come
    /// back soon, but a large run needs the real one (prefetched batches of 250 would lose their locks while they wait).
    /// </remarks>
    public static async Task<CampaignStack> StartAsync(
        int subscribers, double messagesPerSecond, TimeSpan claimLease, TimeSpan lockDuration, bool verbose, CancellationToken cancellationToken)
    {
        var options = StackOptionsFor(Path.Combine(Path.GetTempPath(), "newsalerts-faults", Guid.NewGuid().ToString("N")), null);
        var paths = StackPaths.Locate(AppContext.BaseDirectory, options.DataDirectory);
        var stack = await LocalStack.StartAsync(options, paths, TextWriter.Null, cancellationToken);
        ServiceProcess.StopWhenOwnerExits(Environment.ProcessId, stack.Started);
        var config = Path.Combine(paths.DataDirectory, "servicebus-config.json");
        var source = await File.ReadAllTextAsync(Path.Combine(paths.LocalStackDirectory, "servicebus-config.json"), cancellationToken);
        await File.WriteAllTextAsync(config, source.Replace("\"PT1M\"", $"\"PT{lockDuration.TotalSeconds:0}S\"", StringComparison.Ordinal), cancellationToken);
        var emulator = await ServiceBusEmulatorHost.StartAsync(new ServiceBusEmulatorOptions { Port = 0, ConfigPath = config }, cancellationToken);
        var proxy = new SmtpFaultProxy(stack.SmtpPort);
        var port = Ports.FindFree();
        var rate = messagesPerSecond.ToString(CultureInfo.InvariantCulture);
        var settings = new Dictionary<string, string?>(stack.AppSettings)
        {
            ["ServiceBus:ConnectionString"] = emulator.ConnectionString,
            ["Smtp:Port"] = $"{proxy.Port}",
            ["Smtp:MessagesPerSecond"] = rate,
            ["Twilio:MessagesPerSecond"] = rate,
            // Short, so a batch left by a killed Dispatcher is taken over soon; still above a group's sends with retries.
            ["Dispatcher:ClaimLeaseSeconds"] = $"{claimLease.TotalSeconds:0}",
            // Every process of the campaign reads the same clock.
            ["Dispatcher:ClaimClockSkewSeconds"] = "0",
            ["Storage:TablePrefix"] = StackFixture.UniqueName("f"),
            ["Alerts:SigningKey"] = Convert.ToBase64String(new byte[32]),
            ["Alerts:PublicBaseUrl"] = $"http://127.0.0.1:{port}/",
            ["LocalHost:Port"] = $"{port}",
            ["LocalHost:FunctionKeys:default"] = FunctionKey,
            // The Dispatchers log to their files; the campaign's own output is its table.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var population = Population.Of(subscribers);
        var campaign = new CampaignStack(paths, stack, emulator, proxy, population, settings, lockDuration, verbose);
        await campaign.StartHostAsync(null);
        var services = campaign.Host!.Services;
        await population.SaveAsync(services.GetRequiredService<ISubscriberStore>(), cancellationToken);
        await services.GetRequiredService<SubscriberSync>().RefreshAsync(cancellationToken);
        campaign.StartDispatcher();
        return campaign;
    }

    /// <summary>Starts the Function host (without queue workers); <paramref name="configure"/> may decorate its services.</summary>
    public async Task StartHostAsync(Action<IServiceCollection>? configure)
    {
        var host = LocalFunctionHost.Build(new LocalHostSetup
        {
            Settings = new Dictionary<string, string?>(settings) { ["Logging:LogLevel:Default"] = verbose ? "Warning" : "None" },
            RunDispatcher = false,
            LogToStandardError = verbose,
            ConfigureServices = configure,
        });
        await host.StartAsync();
        await host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
        Host = host;
    }

    /// <summary>Stops the Function host the hard way: requests still running are cut off after a second.</summary>
    public async Task StopHostAsync()
    {
        if (Host is not { } host)
        {
            return;
        }

        Host = null;
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(1)))
        {
            try
            {
                await host.StopAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                // Cut off, as a crash would.
            }
        }

        await host.DisposeAsync();
    }

    /// <summary>Starts one more Dispatcher process.</summary>
    public DispatcherProcess StartDispatcher()
    {
        var number = Interlocked.Increment(ref dispatchers);
        var dispatcher = DispatcherProcess.Start(settings, Path.Combine(paths.DataDirectory, $"dispatcher-{number}.log"));
        Dispatchers.Add(dispatcher);
        return dispatcher;
    }

    /// <summary>Stops Azurite (SIGTERM) and starts it again on the same ports and data.</summary>
    public async Task RestartAzuriteAsync(CancellationToken cancellationToken)
    {
        var azurite = started.Last(r => r.Name == "azurite");
        await LocalStack.StopAsync(paths, [azurite], cancellationToken);
        started.Remove(azurite);
        var restarted = await LocalStack.StartAsync(StackOptionsFor(paths.DataDirectory, azurite), paths, TextWriter.Null, cancellationToken);
        ServiceProcess.StopWhenOwnerExits(Environment.ProcessId, restarted.Started);
        started.AddRange(restarted.Started);
    }

    /// <summary>Publishes a breaking article (urgency 1: email and SMS) whose headline starts with <paramref name="tag"/>.</summary>
    /// <exception cref="HttpRequestException">The host did not answer 200.</exception>
    public async Task PublishAsync(string articleId, string tag, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HostPort}/"), Timeout = TimeSpan.FromMinutes(10) };
        var article = new JsonObject
        {
            ["uri"] = articleId,
            ["headline"] = $"{tag} Kerry sees hope of extending Syrian truce to Aleppo",
            ["body_text"] = "US Secretary of State John Kerry says he is hopeful of extending a truce to the embattled Syrian city of Aleppo.",
            ["urgency"] = 1,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = JsonContent.Create(article) };
        request.Headers.Add("x-functions-key", FunctionKey);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The alerts of an article the ledger shows Claimed (taken by a worker, no outcome recorded).</summary>
    public async Task<HashSet<(string SubscriberId, string Channel)>> ClaimedAsync(string articleId, CancellationToken cancellationToken)
    {
        var claimed = new HashSet<(string, string)>();
        await foreach (var (channel, entry) in LedgerAsync(articleId, cancellationToken))
        {
            if (entry.State == LedgerState.Claimed)
            {
                claimed.Add((entry.SubscriberId, channel));
            }
        }

        return claimed;
    }

    /// <summary>Every ledger row of an article, by channel name (<c>email</c>, <c>sms</c>).</summary>
    public async IAsyncEnumerable<(string Channel, LedgerEntry Entry)> LedgerAsync(string articleId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ledger = (Host ?? throw new InvalidOperationException("The Function host is not running.")).Services.GetRequiredService<IDeliveryLedger>();
        foreach (var (channel, name) in new[] { (Channel.Email, "email"), (Channel.Sms, "sms") })
        {
            await foreach (var entry in ledger.ListAsync(articleId, channel, cancellationToken))
            {
                yield return (name, entry);
            }
        }
    }

    /// <summary>
    /// Deletes an article's ledger rows once counted (<see cref="TableDeliveryLedger.EraseArticleAsync"/>). Azurite keeps
    /// every table in one LokiJS database that it serialises whole to disk every 5 s (azurite 3.37,
    /// <c>LokiTableMetadataStore</c>, <c>autosaveInterval: 5000</c>), blocking its one thread meanwhile; at full size
    /// (11,200 rows a fault) each fault's rows slowed every later one (a baseline took 386 s, the third fault 1,617 s,
    /// the fourth crawled at one alert a second). Azure Table storage has no such cost, so the stand-in is kept small
    /// rather than the figures skewed.
    /// </summary>
    /// <returns>How many delivery rows were deleted.</returns>
    public Task<int> ForgetLedgerAsync(string articleId, CancellationToken cancellationToken)
    {
        var tables = (Host ?? throw new InvalidOperationException("The Function host is not running.")).Services.GetRequiredService<TableSet>();
        return new TableDeliveryLedger(tables, TimeProvider.System).EraseArticleAsync(articleId, cancellationToken);
    }

    /// <summary>Whether both alert queues hold no message (waiting, locked or scheduled).</summary>
    public async Task<bool> QueuesEmptyAsync(CancellationToken cancellationToken)
    {
        foreach (var queue in new[] { DeliveryBatch.QueueFor(Channel.Email), DeliveryBatch.QueueFor(Channel.Sms) })
        {
            await using var receiver = client.CreateReceiver(queue);
            if (await receiver.PeekMessageAsync(fromSequenceNumber: 0, cancellationToken) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Messages in both alert queues' dead-letter queues.</summary>
    public async Task<int> DeadLettersAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var queue in new[] { DeliveryBatch.QueueFor(Channel.Email), DeliveryBatch.QueueFor(Channel.Sms) })
        {
            await using var receiver = client.CreateReceiver(queue, new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter });
            count += (await Progress.PeekAllAsync(receiver, cancellationToken)).Count;
        }

        return count;
    }

    /// <summary>The messages in each alert queue (waiting, locked or scheduled), peeked.</summary>
    public async Task<IReadOnlyList<(string Queue, IReadOnlyList<ServiceBusReceivedMessage> Messages)>> QueueMessagesAsync(CancellationToken cancellationToken)
    {
        var result = new List<(string, IReadOnlyList<ServiceBusReceivedMessage>)>();
        foreach (var queue in new[] { DeliveryBatch.QueueFor(Channel.Email), DeliveryBatch.QueueFor(Channel.Sms) })
        {
            await using var receiver = client.CreateReceiver(queue);
            result.Add((queue, await Progress.PeekAllAsync(receiver, cancellationToken)));
        }

        return result;
    }

    /// <summary>Where the Dispatchers' logs are.</summary>
    public string DataDirectory => paths.DataDirectory;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var dispatcher in Dispatchers)
        {
            await dispatcher.StopAsync();
        }

        await StopHostAsync();
        await client.DisposeAsync();
        await Proxy.DisposeAsync();
        await Emulator.DisposeAsync();
        Sinks.Dispose();
        await LocalStack.StopAsync(paths, started, CancellationToken.None);
    }

    private static StackOptions StackOptionsFor(string dataDirectory, ServiceRecord? azurite) => new()
    {
        DataDirectory = dataDirectory,
        Azurite = new StackOptions.AzuritePorts
        {
            BlobPort = azurite?.Ports["Stack:Azurite:BlobPort"] ?? 0,
            QueuePort = azurite?.Ports["Stack:Azurite:QueuePort"] ?? 0,
            TablePort = azurite?.Ports["Stack:Azurite:TablePort"] ?? 0,
        },
        Smtp4dev = new StackOptions.Smtp4devPorts { SmtpPort = 0, WebPort = 0, ImapPort = 0, Pop3Port = 0 },
        ServiceBus = new StackOptions.ServiceBusPorts { Port = 0 },
        SmsSink = new StackOptions.SmsSinkPorts { Port = 0 },
        FeedServer = new StackOptions.FeedServerPorts { Port = 0 },
    };
}
