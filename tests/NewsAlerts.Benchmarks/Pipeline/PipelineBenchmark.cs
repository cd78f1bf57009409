namespace NewsAlerts.Benchmarks.Pipeline;

using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.LocalHost;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// The whole pipeline on the local stack: an article matching N email subscribers, from the ingest request to the
/// last email accepted by the SMTP server, against N emails sent straight to that server over the same number of
/// connections; and the time from the ingest answer to the first SMS accepted by the sink for a breaking story.
/// </summary>
public sealed class PipelineBenchmark : IBenchmarkSuite
{
    private const int SmtpConnections = 4;

    /// <inheritdoc />
    public string Name => "pipeline";

    /// <inheritdoc />
    public string Description => "ingest to SMTP for N email subscribers vs raw SMTP at the same concurrency; ingest to first SMS (breaking)";

    /// <inheritdoc />
    public async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var subscribers = options.Arguments.Select(a => a.StartsWith("--subscribers=", StringComparison.Ordinal) ? int.Parse(a[14..], System.Globalization.CultureInfo.InvariantCulture) : 0)
            .FirstOrDefault(n => n > 0, options.Quick ? 300 : 100_000);
        var stackOptions = PrivateStack();
        var paths = StackPaths.Locate(AppContext.BaseDirectory, stackOptions.DataDirectory);
        var stack = await LocalStack.StartAsync(stackOptions, paths, TextWriter.Null, cancellationToken);
        ServiceProcess.StopWhenOwnerExits(Environment.ProcessId, stack.Started);
        var counts = new CountingSenders();
        try
        {
            await using var host = await StartHostAsync(stack, counts);
            try
            {
                return await MeasureAsync(options, host, stack, counts, subscribers, cancellationToken);
            }
            finally
            {
                // Stop the host (its queue workers hand back what they have not started) before the stack goes away.
                await host.StopAsync(CancellationToken.None);
            }
        }
        finally
        {
            await LocalStack.StopAsync(stack.Paths, stack.Started, CancellationToken.None);
        }
    }

    private static async Task<int> MeasureAsync(BenchmarkOptions options, WebApplication host, RunningStack stack, CountingSenders counts, int subscribers, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = LocalFunctionHost.BaseAddress(host) };
        await AddSubscribersAsync(host, subscribers, cancellationToken);

        var pipelineRate = await PipelineRateAsync(client, counts, subscribers, cancellationToken);
        var rawRate = await RawSmtp.RateAsync(stack.SmtpPort, subscribers, SmtpConnections, cancellationToken);
        var ratio = pipelineRate / rawRate;
        Console.WriteLine($"subscribers: {subscribers:N0} email; SMTP connections: {SmtpConnections}");
        Console.WriteLine($"pipeline (ingest request to last email accepted): {pipelineRate:N0} emails/s");
        Console.WriteLine($"raw SMTP, same server and connections:             {rawRate:N0} emails/s");
        Console.WriteLine($"pipeline / raw: {ratio:N2} (target >= 0.5) {(ratio >= 0.5 ? "MET" : "MISSED")}");

        var (fromRequest, fromAnswer) = await FirstSmsLatenciesAsync(host, client, counts, options.Quick ? 5 : 21, cancellationToken);
        Console.WriteLine($"first SMS accepted by the sink, breaking story, median over {fromRequest.Count} stories: " +
            $"{Median(fromAnswer):N1} ms after the ingest answer ({Median(fromRequest):N1} ms after the ingest request was sent; " +
            "negative when the SMS is out before the answer reaches the editor)");
        return options.Quick || ratio >= 0.5 ? 0 : 1;
    }

    private static StackOptions PrivateStack() => new()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "newsalerts-bench", Guid.NewGuid().ToString("N")),
        Azurite = new StackOptions.AzuritePorts { BlobPort = 0, QueuePort = 0, TablePort = 0 },
        Smtp4dev = new StackOptions.Smtp4devPorts { SmtpPort = 0, WebPort = 0, ImapPort = 0, Pop3Port = 0 },
        ServiceBus = new StackOptions.ServiceBusPorts { Port = 0 },
        SmsSink = new StackOptions.SmsSinkPorts { Port = 0 },
        FeedServer = new StackOptions.FeedServerPorts { Port = 0 },
    };

    private static async Task<WebApplication> StartHostAsync(RunningStack stack, CountingSenders counts)
    {
        var port = Ports.FindFree();
        var settings = new Dictionary<string, string?>(stack.AppSettings)
        {
            ["LocalHost:Port"] = $"{port}",
            ["LocalHost:FunctionKeys:default"] = "bench",
            ["Alerts:PublicBaseUrl"] = $"http://127.0.0.1:{port}/",
            ["Alerts:SigningKey"] = Convert.ToBase64String(new byte[32]),
            ["Smtp:MessagesPerSecond"] = "10000", // the highest pace allowed: far above what the local relay takes
            ["Smtp:MaxConnections"] = $"{SmtpConnections}",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var host = LocalFunctionHost.Build(new LocalHostSetup
        {
            Settings = settings,
            LogToStandardError = true,
            ConfigureServices = services =>
            {
                Decorate<IEmailSender>(services, counts.Wrap);
                Decorate<ISmsSender>(services, counts.Wrap);
            },
        });
        await host.StartAsync();
        return host;
    }

    private static void Decorate<T>(IServiceCollection services, Func<T, T> wrap)
        where T : class
    {
        var registered = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(registered);
        services.AddSingleton(sp => wrap((T)registered.ImplementationFactory!(sp)));
    }

    // Setup, not measured: the subscribers go straight into this instance's replicas (the matching index and the
    // dispatcher's directory), as the change feed would put them there; writing 100,000 rows into Azurite first would
    // take longer than the whole measurement.
    private static Task AddSubscribersAsync(WebApplication host, int count, CancellationToken cancellationToken)
    {
        var replicas = host.Services.GetServices<ISubscriberReplica>().ToList();
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var subscriber = new Subscriber($"b{i:D7}", $"bench-{i}@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC",
                [new Topic("t1", "Aleppo", false)], 2, DateTimeOffset.UtcNow);
            foreach (var replica in replicas)
            {
                replica.Upsert(subscriber);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<double> PipelineRateAsync(HttpClient client, CountingSenders counts, int subscribers, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await PublishAsync(client, $"urn:bench:{Guid.NewGuid():N}", urgency: 3, cancellationToken);
        await Polling.UntilAsync(() => Task.FromResult(counts.Emails >= subscribers), $"{subscribers} emails are accepted", TimeSpan.FromHours(2), cancellationToken);
        return subscribers / watch.Elapsed.TotalSeconds;
    }

    private static async Task<(List<double> FromRequest, List<double> FromAnswer)> FirstSmsLatenciesAsync(WebApplication host, HttpClient client, CountingSenders counts, int stories, CancellationToken cancellationToken)
    {
        var store = host.Services.GetRequiredService<ISubscriberStore>();
        await store.SaveAsync(
            new Subscriber("sms-bench", null, ContactStatus.None, "+447400123456", ContactStatus.Confirmed, "UTC", [new Topic("t1", "truce", false)], 2, DateTimeOffset.UtcNow, SmsWelcomed: true),
            cancellationToken);
        await host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(cancellationToken);
        var fromRequest = new List<double>();
        var fromAnswer = new List<double>();
        for (var i = 0; i < stories; i++)
        {
            counts.ResetSms();
            var sent = Stopwatch.GetTimestamp();
            await PublishAsync(client, $"urn:bench:sms:{Guid.NewGuid():N}", urgency: 1, cancellationToken);
            var answered = Stopwatch.GetTimestamp();
            await Polling.UntilAsync(() => Task.FromResult(counts.FirstSmsTimestamp != 0), "the first SMS is accepted", TimeSpan.FromMinutes(10), cancellationToken);
            fromRequest.Add(Stopwatch.GetElapsedTime(sent, counts.FirstSmsTimestamp).TotalMilliseconds);
            fromAnswer.Add((counts.FirstSmsTimestamp - answered) * 1000.0 / Stopwatch.Frequency);
        }

        return (fromRequest, fromAnswer);
    }

    private static async Task PublishAsync(HttpClient client, string id, int urgency, CancellationToken cancellationToken)
    {
        var article = new JsonObject
        {
            ["uri"] = id,
            ["headline"] = "Kerry sees hope of extending Syrian truce to Aleppo",
            ["body_text"] = "US Secretary of State John Kerry says he is hopeful of extending a truce to the embattled Syrian city of Aleppo.",
            ["urgency"] = urgency,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = JsonContent.Create(article) };
        request.Headers.Add("x-functions-key", "bench");
        using var response = await client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
