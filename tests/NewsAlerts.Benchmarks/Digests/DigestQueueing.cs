using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Queues;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;

namespace NewsAlerts.Benchmarks.Digests;

/// <summary>
/// The digest timer's run (<see cref="DigestRun"/>: read a due time's entries, build one batch per subscriber, queue
/// them through <see cref="ServiceBusAlertPublisher"/>) against sending the same batches' messages straight to the
/// emulator with one <see cref="ServiceBusSender"/> in the same run; with the digest store in memory, and with the
/// Table store on Azurite. Both run on a private local stack of Azurite and the emulator only (<see cref="StackOptions.Services"/>),
/// started and stopped here.
/// </summary>
internal static class DigestQueueing
{
    private static readonly DateTimeOffset Due = new(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);

    /// <summary>Seconds taken by the run and by the straight send, for the memory store and for Azurite.</summary>
    public sealed record Timings(int MemorySubscribers, TimeSpan MemoryRun, TimeSpan MemoryRaw, int AzuriteSubscribers, TimeSpan AzuriteRun, TimeSpan AzuriteRaw);

    public static async Task<Timings> MeasureAsync(int memorySubscribers, int azuriteSubscribers, CancellationToken cancellationToken)
    {
        // Only what the run uses: storage and queues (smtp4dev, the SMS sink and the feed server took most of the start).
        var stackOptions = new StackOptions
        {
            DataDirectory = Path.Combine(Path.GetTempPath(), "newsalerts-bench", Guid.NewGuid().ToString("N")),
            Services = StackServices.Azurite | StackServices.ServiceBus,
            Azurite = new StackOptions.AzuritePorts { BlobPort = 0, QueuePort = 0, TablePort = 0 },
            ServiceBus = new StackOptions.ServiceBusPorts { Port = 0 },
        };
        var stack = await LocalStack.StartAsync(stackOptions, StackPaths.Locate(AppContext.BaseDirectory, stackOptions.DataDirectory), TextWriter.Null, cancellationToken);
        ServiceProcess.StopWhenOwnerExits(Environment.ProcessId, stack.Started);
        try
        {
            // The run and the straight send use separate connections, as the timer and a bare client would.
            await using var runClient = new ServiceBusClient(stack.ServiceBusConnectionString);
            await using var rawClient = new ServiceBusClient(stack.ServiceBusConnectionString);
            await using var publisher = new ServiceBusAlertPublisher(runClient, StorageScope.Of(StorageAccountName.DevelopmentAccount, "bench"));
            await using var raw = rawClient.CreateSender(AlertChannel.Email.Queue);
            var tables = new TableSet(new TableServiceClient(stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = "bench" }));
            var ledger = new TableDeliveryLedger(tables, TimeProvider.System);
            var subscribers = new TableSubscriberStore(tables);

            // Warm-up (not measured): connections, JIT and tables, through both paths.
            await RunAsync(new MemoryDigestStore(), publisher, ledger, subscribers, Due.AddDays(-1), 200, cancellationToken);
            await RawAsync(raw, Batches(200, Due.AddDays(-2)), cancellationToken);

            // Each measurement uses its own due time, so no message id repeats and duplicate detection drops nothing.
            var memoryRun = await RunAsync(new MemoryDigestStore(), publisher, ledger, subscribers, Due, memorySubscribers, cancellationToken);
            var memoryRaw = await RawAsync(raw, Batches(memorySubscribers, Due.AddDays(1)), cancellationToken);
            var azuriteRun = await RunAsync(new TableDigestStore(tables), publisher, ledger, subscribers, Due.AddDays(2), azuriteSubscribers, cancellationToken);
            var azuriteRaw = await RawAsync(raw, Batches(azuriteSubscribers, Due.AddDays(3)), cancellationToken);
            return new Timings(memorySubscribers, memoryRun, memoryRaw, azuriteSubscribers, azuriteRun, azuriteRaw);
        }
        finally
        {
            await LocalStack.StopAsync(stack.Paths, stack.Started, CancellationToken.None);
        }
    }

    // Setup (not measured): the entries go into the store. Measured: one timer run at the due time plus the grace.
    private static async Task<TimeSpan> RunAsync(
        IDigestStore store, IDigestPublisher publisher, NewsAlerts.Core.Dispatch.IDeliveryLedger ledger, ISubscriberStore subscribers, DateTimeOffset due, int count, CancellationToken cancellationToken)
    {
        foreach (var chunk in Entries(count, due).Chunk(10_000))
        {
            await store.RecordAsync(chunk, cancellationToken);
        }

        var run = new DigestRun(store, publisher, ledger, subscribers, new FixedClock(due + DigestRun.Grace + TimeSpan.FromMinutes(1)));
        var watch = Stopwatch.StartNew();
        var queued = await run.RunAsync(cancellationToken);
        watch.Stop();
        if (queued != count)
        {
            throw new InvalidOperationException($"The run queued {queued} digest batches, not {count}.");
        }

        return watch.Elapsed;
    }

    // The same messages the publisher sends (body, id, subject), built beforehand, sent in full AMQP batches.
    private static async Task<TimeSpan> RawAsync(ServiceBusSender sender, IReadOnlyList<DigestBatch> batches, CancellationToken cancellationToken)
    {
        var messages = batches.Select(b => new ServiceBusMessage(BinaryData.FromBytes(DigestMessage.Write(b)))
        {
            MessageId = b.MessageId,
            ContentType = "application/json",
            Subject = DigestMessage.Subject,
        }).ToList();
        var watch = Stopwatch.StartNew();
        var next = 0;
        while (next < messages.Count)
        {
            using var batch = await sender.CreateMessageBatchAsync(cancellationToken);
            while (next < messages.Count && batch.TryAddMessage(messages[next]))
            {
                next++;
            }

            await sender.SendMessagesAsync(batch, cancellationToken);
        }

        watch.Stop();
        return watch.Elapsed;
    }

    private static IReadOnlyList<DigestBatch> Batches(int subscribers, DateTimeOffset due) => DigestBatches.Of(Entries(subscribers, due));

    private static List<DigestEntry> Entries(int subscribers, DateTimeOffset due) =>
        Enumerable.Range(0, subscribers)
            .SelectMany(s => Enumerable.Range(0, 5).Select(a => new DigestEntry($"s{s:D7}", due, $"urn:bench:{a}", "t1", "why", due.AddHours(-5).AddMinutes(-a))))
            .ToList();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
