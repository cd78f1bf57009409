namespace NewsAlerts.Integration.Tests.Dispatcher;

using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Logging.Abstractions;
using NewsAlerts.Core.ManageLinks;
using NewsAlerts.Dispatcher;
using NewsAlerts.Testing;

/// <summary>
/// <see cref="QueueProcessorHost"/> on the real emulator (the manage-links queue, which only dispatcher tests read, so
/// the class joins their collection): a stop waits for the handler in flight, which hands its message back, and a stop
/// that comes before the start means nothing is received at all.
/// </summary>
[Collection("queues")]
public sealed class A_stopped_queue_processor_hands_back_what_it_holds_and_starts_nothing_after(StackFixture fixture) : IClassFixture<StackFixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Stopping_with_a_message_in_hand_waits_for_its_handler_and_the_message_comes_back()
    {
        await using var client = new ServiceBusClient(fixture.Stack.ServiceBusConnectionString);
        var messageId = await SendAsync(client);
        var inHand = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handedBack = 0;
        var host = new QueueProcessorHost(client, ManageLinkMessage.Queue, Options(), NullLogger.Instance);
        using var stopping = new CancellationTokenSource();

        var running = host.RunAsync(
            async args =>
            {
                if (args.Message.MessageId != messageId)
                {
                    await MessageSettling.SettleAsync(args, ManageLinkSettlement.HandBack);
                    return;
                }

                inHand.TrySetResult();
                await WaitForStopAsync(args.CancellationToken);
                await MessageSettling.SettleAsync(args, ManageLinkSettlement.HandBack);
                Interlocked.Increment(ref handedBack);
            },
            stopping.Token);
        await inHand.Task.WaitAsync(Deadline);
        Assert.True(host.IsRunning);

        using var stopDeadline = new CancellationTokenSource(Deadline);
        await host.StopAsync(stopDeadline.Token);
        Assert.Equal(1, Volatile.Read(ref handedBack));
        Assert.False(host.IsRunning);
        await stopping.CancelAsync();
        await running.WaitAsync(Deadline);

        var again = await ReceiveAsync(client, messageId);
        Assert.Equal(2, again);
    }

    [Fact]
    public async Task A_stop_before_the_start_means_nothing_is_received()
    {
        await using var client = new ServiceBusClient(fixture.Stack.ServiceBusConnectionString);
        var messageId = await SendAsync(client);
        var handled = 0;
        var host = new QueueProcessorHost(client, ManageLinkMessage.Queue, Options(), NullLogger.Instance);

        using var stopDeadline = new CancellationTokenSource(Deadline);
        await host.StopAsync(stopDeadline.Token);
        using var stopping = new CancellationTokenSource();
        await host.RunAsync(
            args =>
            {
                Interlocked.Increment(ref handled);
                return MessageSettling.SettleAsync(args, ManageLinkSettlement.HandBack);
            },
            stopping.Token).WaitAsync(Deadline);

        Assert.False(host.IsRunning);
        Assert.Equal(0, Volatile.Read(ref handled));
        Assert.Equal(1, await ReceiveAsync(client, messageId));
    }

    private static ServiceBusProcessorOptions Options() => new() { AutoCompleteMessages = false, MaxConcurrentCalls = 1 };

    private static async Task WaitForStopAsync(CancellationToken stopping)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, stopping);
        }
        catch (OperationCanceledException)
        {
            // The processor is stopping: the handler now hands its message back.
        }
    }

    private static async Task<string> SendAsync(ServiceBusClient client)
    {
        var messageId = "queue-processor-" + Guid.NewGuid().ToString("N");
        await using var sender = client.CreateSender(ManageLinkMessage.Queue);
        await sender.SendMessageAsync(new ServiceBusMessage("{}") { MessageId = messageId });
        return messageId;
    }

    // Receives the message with this id (handing back any other: only dispatcher tests, which never run alongside,
    // use the queue), completes it and returns its delivery count.
    private static async Task<int> ReceiveAsync(ServiceBusClient client, string messageId)
    {
        await using var receiver = client.CreateReceiver(ManageLinkMessage.Queue);
        var deliveryCount = 0;
        await Eventually.TrueAsync(
            async () =>
            {
                foreach (var message in await receiver.ReceiveMessagesAsync(10, TimeSpan.FromSeconds(2)))
                {
                    if (message.MessageId == messageId)
                    {
                        deliveryCount = message.DeliveryCount;
                        await receiver.CompleteMessageAsync(message);
                    }
                    else
                    {
                        await receiver.AbandonMessageAsync(message);
                    }
                }

                return deliveryCount > 0;
            },
            $"message {messageId} is on the queue again",
            Deadline);
        return deliveryCount;
    }
}
