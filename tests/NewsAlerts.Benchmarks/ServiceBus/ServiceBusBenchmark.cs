using System.Diagnostics;
using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator;
using NewsAlerts.ServiceBusEmulator.Configuration;

namespace NewsAlerts.Benchmarks.ServiceBus;

/// <summary>
/// End-to-end throughput of the Service Bus emulator through the real client: 1 KiB messages sent in
/// batches while receivers take them (PeekLock with prefetch, then a processor with concurrency) and
/// complete them. Reports messages per second and managed memory before, at peak and after draining, first with the
/// messages in memory (tests), then journaled to a data directory as the local stack runs it (fsync'd group commits),
/// and the ratio of the two.
/// </summary>
public sealed class ServiceBusBenchmark : IBenchmarkSuite
{
    private const double TargetPerSecond = 20_000;
    private const int MessageSize = 1024;
    private const string Config = """
    { "UserConfig": { "Namespaces": [ { "Name": "bench", "Queues": [
      { "Name": "peeklock", "Properties": { "LockDuration": "PT1M", "MaxDeliveryCount": 10 } },
      { "Name": "processor", "Properties": { "LockDuration": "PT1M", "MaxDeliveryCount": 10 } } ] } ] } }
    """;

    public string Name => "servicebus";

    public string Description => "Service Bus emulator: 1 KiB messages sent batched, received and completed through Azure.Messaging.ServiceBus";

    public async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        Console.WriteLine("-- in memory (no data directory)");
        var (inMemory, memoryExit) = await RunModeAsync(options, dataDirectory: null, cancellationToken);
        var data = Directory.CreateTempSubdirectory("newsalerts-sb-bench").FullName;
        try
        {
            Console.WriteLine($"-- journaled (data directory {data})");
            var (journaled, journalExit) = await RunModeAsync(options, data, cancellationToken);
            foreach (var (scenario, perSecond) in journaled)
            {
                var memory = inMemory.First(r => r.Scenario == scenario).PerSecond;
                Console.WriteLine($"{scenario,-26} journaled / in memory: {perSecond / memory:N2}x");
            }

            return Math.Max(memoryExit, journalExit);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<(List<(string Scenario, double PerSecond)> Results, int Exit)> RunModeAsync(
        BenchmarkOptions options, string? dataDirectory, CancellationToken cancellationToken)
    {
        var count = options.Quick ? 10_000 : 100_000;
        await using var emulator = await ServiceBusEmulatorHost.StartAsync(
            new ServiceBusEmulatorOptions { Config = EmulatorConfigReader.Parse(Config), DataDirectory = dataDirectory }, cancellationToken);
        // Publishers and consumers are separate processes in NewsAlerts, so they get separate connections here too.
        await using var publisher = new ServiceBusClient(emulator.ConnectionString);
        await using var client = new ServiceBusClient(emulator.ConnectionString);

        // Warm up connections and JIT so the measured runs see steady state.
        await RunPeekLockAsync(publisher, client, "peeklock", 2_000, cancellationToken);
        var baseline = ManagedMemory();
        Console.WriteLine($"messages: {count:N0} x {MessageSize} B; managed memory at start: {Megabytes(baseline)}");

        var results = new List<(string Scenario, double PerSecond)>();
        foreach (var (scenario, run) in new (string, Func<Task<PeakTracker>>)[]
        {
            ("PeekLock, prefetch, 2 rcv", () => RunPeekLockAsync(publisher, client, "peeklock", count, cancellationToken)),
            ("Processor (16 concurrent)", () => RunProcessorAsync(publisher, client, "processor", count, cancellationToken)),
        })
        {
            // CPU time per message (client and emulator share this process) does not depend on how busy
            // the shared machine is, unlike msgs/s; it is printed so runs on a loaded machine can be compared.
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var peak = await run();
            stopwatch.Stop();
            var cpuMicroseconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / count;
            var perSecond = count / stopwatch.Elapsed.TotalSeconds;
            results.Add((scenario, perSecond));
            Console.WriteLine($"{scenario,-26} {perSecond,10:N0} msgs/s  ({stopwatch.Elapsed.TotalSeconds:N2} s, {cpuMicroseconds:N1} us CPU/msg, peak managed memory {Megabytes(peak.Peak)})");
        }

        var after = ManagedMemory();
        Console.WriteLine($"managed memory after the queues drained: {Megabytes(after)} (start {Megabytes(baseline)}, difference {Megabytes(after - baseline)})");
        var missed = results.Where(r => r.PerSecond < TargetPerSecond).ToList();
        var leaked = after - baseline > 32L * 1024 * 1024;
        if (leaked)
        {
            Console.WriteLine("memory did not return to its starting level");
        }

        foreach (var (scenario, perSecond) in missed)
        {
            Console.WriteLine($"{scenario}: {perSecond:N0} msgs/s is below the target of {TargetPerSecond:N0}");
        }

        // The quick run proves the path works on any machine; only the full run holds the target.
        return (results, options.Quick || (missed.Count == 0 && !leaked) ? 0 : 1);
    }

    private static async Task<PeakTracker> RunPeekLockAsync(ServiceBusClient publisher, ServiceBusClient client, string queue, int count, CancellationToken cancellationToken)
    {
        var peak = new PeakTracker();
        var received = 0;
        var send = SendAllAsync(publisher, queue, count, peak, cancellationToken);

        // Two receivers so one settles while the other receives: the client awaits each settlement.
        await Task.WhenAll(ReceiveLoopAsync(), ReceiveLoopAsync(), send);
        return peak;

        async Task ReceiveLoopAsync()
        {
            await using var receiver = client.CreateReceiver(queue, new ServiceBusReceiverOptions { PrefetchCount = 500 });
            while (Volatile.Read(ref received) < count)
            {
                var batch = await receiver.ReceiveMessagesAsync(250, TimeSpan.FromMilliseconds(200), cancellationToken);
                if (batch.Count == 0 && send.IsFaulted)
                {
                    await send;
                }

                var completions = new Task[batch.Count];
                for (var i = 0; i < batch.Count; i++)
                {
                    completions[i] = receiver.CompleteMessageAsync(batch[i], cancellationToken);
                }

                await Task.WhenAll(completions);
                Interlocked.Add(ref received, batch.Count);
            }
        }
    }

    private static async Task<PeakTracker> RunProcessorAsync(ServiceBusClient publisher, ServiceBusClient client, string queue, int count, CancellationToken cancellationToken)
    {
        var peak = new PeakTracker();
        var processed = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var processor = client.CreateProcessor(queue, new ServiceBusProcessorOptions { MaxConcurrentCalls = 16, PrefetchCount = 500 });
        processor.ProcessMessageAsync += _ =>
        {
            if (Interlocked.Increment(ref processed) == count)
            {
                done.TrySetResult();
            }

            return Task.CompletedTask;
        };
        processor.ProcessErrorAsync += args =>
        {
            Console.WriteLine($"processor error: {args.Exception.Message}");
            return Task.CompletedTask;
        };

        await processor.StartProcessingAsync(cancellationToken);
        await SendAllAsync(publisher, queue, count, peak, cancellationToken);
        await done.Task.WaitAsync(TimeSpan.FromMinutes(5), cancellationToken);
        await processor.StopProcessingAsync(cancellationToken);
        return peak;
    }

    private static async Task SendAllAsync(ServiceBusClient client, string queue, int count, PeakTracker peak, CancellationToken cancellationToken)
    {
        await using var sender = client.CreateSender(queue);
        var body = new BinaryData(new byte[MessageSize]);
        var sent = 0;
        while (sent < count)
        {
            using var batch = await sender.CreateMessageBatchAsync(cancellationToken);
            while (sent < count && batch.TryAddMessage(new ServiceBusMessage(body)))
            {
                sent++;
            }

            await sender.SendMessagesAsync(batch, cancellationToken);
            peak.Sample();
        }
    }

    private static long ManagedMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):N1} MiB";

    /// <summary>Samples managed memory while messages are in flight.</summary>
    private sealed class PeakTracker
    {
        public long Peak { get; private set; }

        public void Sample() => Peak = Math.Max(Peak, GC.GetTotalMemory(forceFullCollection: false));
    }
}
