namespace NewsAlerts.Integration.Tests.Delivery;

using global::Azure.Messaging.ServiceBus;
using NewsAlerts.Azure.Queues;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Matching.Explanations;
using NewsAlerts.ServiceBusEmulator;
using NewsAlerts.Testing;

/// <summary>
/// A full batch of 250 recipients whose worded reasons are in Arabic, Chinese, emoji and Latin is planned, published by
/// the real Service Bus client through our emulator (which enforces the Standard tier's 256 KiB per message, the limit
/// the planner sizes against) and read back whole by the dispatcher's reader: the publish once failed with "larger than
/// a Service Bus message may be".
/// </summary>
[Collection("queues")]
public sealed class A_full_batch_of_worded_reasons_goes_as_one_Service_Bus_message(StackFixture fixture) : IClassFixture<StackFixture>
{
    private const string Family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";

    [Fact]
    public async Task Every_planned_batch_is_published_and_read_back_whole()
    {
        Assert.Equal(BatchMessage.MaxMessageBytes, new ServiceBusEmulatorOptions().MaxMessageSizeBytes);
        var article = new Article(
            $"urn:test:sb:{Guid.NewGuid():N}", 1, "هدنة في غزة بعد محادثات طويلة في القاهرة", string.Concat(Enumerable.Repeat("قال مسؤولون إن المحادثات ستستأنف. ", 20)),
            null, "الجزيرة", "ar", [], 3, null, DateTimeOffset.UtcNow);
        string[] reasons =
        [
            "\"غزة\" in the headline: \"…" + string.Concat(Enumerable.Repeat("اتَّفَقَ القادةُ على هُدنةٍ في غزةَ ", 10)),
            "\"加沙\" in the story: \"…" + string.Concat(Enumerable.Repeat("领导人同意在加沙停火经过在开罗的长时间谈判", 15)),
            "\"truce\" in the story: \"…" + string.Concat(Enumerable.Repeat("truce " + Family + " ", 30)),
            "\"truce\" in the headline: \"…" + string.Concat(Enumerable.Repeat("Leaders agree a truce in Gaza after talks in Cairo ", 10)),
        ];
        var matches = Enumerable.Range(0, 2 * AlertPlanner.DefaultBatchSize)
            .Select(i => new SubscriberMatch(Subscriber($"u{Guid.NewGuid():N}"), "truce", CappedText.Of(reasons[i % reasons.Length], MatchWords.MaxLength), 1))
            .ToList();
        var batches = AlertPlanner.Plan(article, matches);
        Assert.Contains(batches, b => b.Recipients.Count == AlertPlanner.DefaultBatchSize);

        await using var client = new ServiceBusClient(fixture.Stack.ServiceBusConnectionString);
        await using (var publisher = new ServiceBusAlertPublisher(client, StorageScope.Of(StorageAccountName.DevelopmentAccount, "wr")))
        {
            await publisher.PublishAsync(batches, CancellationToken.None);
        }

        var wanted = batches.ToDictionary(b => b.MessageId);
        var received = new Dictionary<string, DeliveryBatch>();
        await using var receiver = client.CreateReceiver(DeliveryBatch.QueueFor(Channel.Email));
        await Eventually.TrueAsync(
            async () =>
            {
                foreach (var message in await receiver.ReceiveMessagesAsync(50, TimeSpan.FromMilliseconds(200)))
                {
                    if (!wanted.ContainsKey(message.MessageId))
                    {
                        await receiver.AbandonMessageAsync(message);
                        continue;
                    }

                    received[message.MessageId] = BatchMessage.Read(message.Body.ToMemory().Span, Channel.Email).Batch!;
                    await receiver.CompleteMessageAsync(message);
                }

                return received.Count == wanted.Count;
            },
            "every planned batch comes off the queue");

        foreach (var (id, batch) in wanted)
        {
            Assert.Equal(batch.Recipients, received[id].Recipients);
        }
    }

    private static Subscriber Subscriber(string id) =>
        new(id, $"{id}@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "truce", false)], 2, DateTimeOffset.UnixEpoch);
}
