using System.Collections.Concurrent;
using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Processing;

public sealed class ProcessorTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Processor_with_concurrency_and_auto_complete_handles_every_message_once()
    {
        await using var sender = fixture.Client.CreateSender("processor");
        await sender.SendMessagesAsync(Enumerable.Range(0, 200).Select(i => new ServiceBusMessage($"{i}") { MessageId = $"{i}" }));
        var seen = new ConcurrentDictionary<string, int>();
        var concurrent = 0;
        var maxConcurrent = 0;
        await using var processor = fixture.Client.CreateProcessor("processor", new ServiceBusProcessorOptions { MaxConcurrentCalls = 4, PrefetchCount = 20 });
        processor.ProcessMessageAsync += async args =>
        {
            var now = Interlocked.Increment(ref concurrent);
            InterlockedMax(ref maxConcurrent, now);
            await Task.Delay(5, args.CancellationToken);
            seen.AddOrUpdate(args.Message.MessageId, 1, (_, count) => count + 1);
            Interlocked.Decrement(ref concurrent);
        };
        processor.ProcessErrorAsync += _ => Task.CompletedTask;

        await processor.StartProcessingAsync();
        await Eventually.TrueAsync(() => seen.Count == 200, "every message should be processed");
        await processor.StopProcessingAsync();

        Assert.All(seen.Values, count => Assert.Equal(1, count));
        Assert.True(maxConcurrent > 1, "handlers should overlap");
        await using var receiver = fixture.Client.CreateReceiver("processor");
        Assert.Null(await receiver.PeekMessageAsync());
    }

    [Fact]
    public async Task Processor_without_auto_complete_keeps_abandoned_messages_until_completed()
    {
        await using var sender = fixture.Client.CreateSender("processor-manual");
        await sender.SendMessagesAsync(Enumerable.Range(0, 20).Select(i => new ServiceBusMessage($"{i}") { MessageId = $"{i}" }));
        var completed = new ConcurrentDictionary<string, int>();
        var attempts = new ConcurrentDictionary<string, int>();
        await using var processor = fixture.Client.CreateProcessor("processor-manual", new ServiceBusProcessorOptions { MaxConcurrentCalls = 3, AutoCompleteMessages = false });
        processor.ProcessMessageAsync += async args =>
        {
            // Every message fails once, then succeeds: the abandoned attempt must come back.
            if (attempts.AddOrUpdate(args.Message.MessageId, 1, (_, n) => n + 1) == 1)
            {
                await args.AbandonMessageAsync(args.Message);
                return;
            }

            await args.CompleteMessageAsync(args.Message);
            completed.TryAdd(args.Message.MessageId, args.Message.DeliveryCount);
        };
        processor.ProcessErrorAsync += _ => Task.CompletedTask;

        await processor.StartProcessingAsync();
        await Eventually.TrueAsync(() => completed.Count == 20, "every message should be completed on its second attempt");
        await processor.StopProcessingAsync();

        Assert.All(completed.Values, deliveryCount => Assert.Equal(2, deliveryCount));
    }

    [Fact]
    public async Task Processor_renews_the_lock_of_a_slow_handler_so_the_message_is_handled_once()
    {
        await using var sender = fixture.Client.CreateSender("autorenew");
        await sender.SendMessageAsync(new ServiceBusMessage("slow") { MessageId = "slow-1" });
        var deliveries = new ConcurrentBag<int>();
        var done = new TaskCompletionSource();
        await using var processor = fixture.Client.CreateProcessor("autorenew", new ServiceBusProcessorOptions
        {
            MaxConcurrentCalls = 2,
            MaxAutoLockRenewalDuration = TimeSpan.FromMinutes(1),
        });
        processor.ProcessMessageAsync += async args =>
        {
            deliveries.Add(args.Message.DeliveryCount);

            // More than twice the 3 s lock duration: only lock renewal keeps the message ours. (A 3 s lock leaves
            // the client's renewal enough slack on a loaded 2-core machine; 1 s did not, now and then.)
            for (var i = 0; i < 14; i++)
            {
                await Task.Delay(500, args.CancellationToken);
            }

            await args.CompleteMessageAsync(args.Message);
            done.TrySetResult();
        };
        processor.ProcessErrorAsync += _ => Task.CompletedTask;

        await processor.StartProcessingAsync();
        await done.Task.WaitAsync(Eventually.Deadline);
        await processor.StopProcessingAsync();

        Assert.Equal([1], deliveries);
        await using var receiver = fixture.Client.CreateReceiver("autorenew");
        Assert.Null(await receiver.PeekMessageAsync());
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
