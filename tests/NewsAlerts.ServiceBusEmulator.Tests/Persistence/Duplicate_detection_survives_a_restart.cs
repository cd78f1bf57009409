using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Persistence;

/// <summary>
/// Duplicate detection remembers message ids for its window across a restart, as Service Bus does: a batch resent
/// after the emulator process was SIGKILLed (a sender that never heard its first send answered does exactly this) is
/// dropped, on a queue and on a topic, also after a second kill (the history survives the snapshot written on restart).
/// </summary>
public sealed class Duplicate_detection_survives_a_restart : IDisposable
{
    private readonly DataDirectory data = new();

    [Fact]
    public async Task A_batch_resent_after_a_SIGKILL_within_the_window_is_accepted_once()
    {
        var queueBatch = Enumerable.Range(1, 5).Select(i => $"alert-{i}").ToList();
        var topicBatch = Enumerable.Range(1, 3).Select(i => $"story-{i}").ToList();
        for (var start = 0; start < 3; start++)
        {
            await using var emulator = await EmulatorProcess.StartAsync(data.Path);
            await using var client = new ServiceBusClient(emulator.ConnectionString, EmulatorFixture.ClientOptions);
            await using (var queue = client.CreateSender("duplicates"))
            await using (var topic = client.CreateSender("news-dedup"))
            {
                await queue.SendMessagesAsync(queueBatch.Select(id => new ServiceBusMessage(id) { MessageId = id }));
                await topic.SendMessagesAsync(topicBatch.Select(id => new ServiceBusMessage(id) { MessageId = id }));
            }

            if (start < 2)
            {
                await emulator.KillAsync();
                continue;
            }

            var fromQueue = await DrainAsync(client, "duplicates", queueBatch.Count);
            var fromTopic = await DrainAsync(client, "news-dedup/Subscriptions/all", topicBatch.Count);

            Assert.Equal(queueBatch, fromQueue);
            Assert.Equal(topicBatch, fromTopic);
        }
    }

    public void Dispose() => data.Dispose();

    /// <summary>Receives the <paramref name="expected"/> messages, then waits a little longer for a copy that should not be there.</summary>
    private static async Task<List<string>> DrainAsync(ServiceBusClient client, string entity, int expected)
    {
        await using var receiver = client.CreateReceiver(entity, new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.ReceiveAndDelete });
        var ids = (await Eventually.ReceiveAsync(receiver, expected, TimeSpan.FromSeconds(60))).Select(m => m.MessageId).ToList();
        ids.AddRange((await receiver.ReceiveMessagesAsync(10, TimeSpan.FromSeconds(1))).Select(m => m.MessageId));
        return ids;
    }
}
