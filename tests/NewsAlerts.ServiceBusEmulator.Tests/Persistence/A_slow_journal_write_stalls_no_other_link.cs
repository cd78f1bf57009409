using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Persistence;

/// <summary>
/// A management request that changes state (schedule, cancel, settle a deferred message by lock token) is answered only
/// once the journal holds it, but waiting for that disk write must not hold the connection: while the write is held (a
/// slow disk), another link on the same connection still receives, and the request is answered once the write is done.
/// </summary>
public sealed class A_slow_journal_write_stalls_no_other_link : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(45);
    private readonly DataDirectory data = new();
    private readonly FaultyJournalFiles files = new();

    public static TheoryData<string> Writes => ["schedule", "cancel", "settle by lock token"];

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task While_a_management_write_waits_for_the_disk_another_link_on_the_connection_receives(string write)
    {
        await using var emulator = await data.StartAsync(files);

        // One try, longer than the hold can last, so the held request is neither timed out nor sent twice.
        await using var client = new ServiceBusClient(
            emulator.ConnectionString,
            new ServiceBusClientOptions { RetryOptions = new ServiceBusRetryOptions { MaxRetries = 0, TryTimeout = Deadline * 2 } });
        await using var sender = client.CreateSender("scheduled");
        await using var deferring = client.CreateReceiver("scheduled");
        await using var receiver = client.CreateReceiver("basic");
        await client.CreateSender("basic").SendMessageAsync(new ServiceBusMessage("waiting") { MessageId = "waiting" });
        var start = await PrepareAsync(write, sender, deferring);

        files.HoldWrites();
        try
        {
            var held = start();
            await Eventually.TrueAsync(() => files.Held > 0, "the request's journal write never started", Deadline);

            var received = await receiver.ReceiveMessageAsync(Deadline);

            Assert.Equal("waiting", received?.MessageId);
            Assert.False(held.IsCompleted, "the request was answered before its journal write was done");
            files.ReleaseWrites();
            await held.WaitAsync(Deadline);
        }
        finally
        {
            files.ReleaseWrites();
        }
    }

    public void Dispose() => data.Dispose();

    /// <summary>Sets the entity up for <paramref name="write"/>; the returned function sends the request itself.</summary>
    private static async Task<Func<Task>> PrepareAsync(string write, ServiceBusSender sender, ServiceBusReceiver deferring)
    {
        var later = DateTimeOffset.UtcNow.AddHours(1);
        switch (write)
        {
            case "schedule":
                return () => sender.ScheduleMessageAsync(new ServiceBusMessage("later") { MessageId = "later" }, later);
            case "cancel":
                var scheduled = await sender.ScheduleMessageAsync(new ServiceBusMessage("later") { MessageId = "later" }, later);
                return () => sender.CancelScheduledMessageAsync(scheduled);
            default:
                await sender.SendMessageAsync(new ServiceBusMessage("deferred") { MessageId = "deferred" });
                var first = await Eventually.ReceiveOneAsync(deferring, Deadline);
                await deferring.DeferMessageAsync(first);

                // A message received by sequence number is settled through the management node, by its lock token.
                var again = await deferring.ReceiveDeferredMessageAsync(first.SequenceNumber);
                return () => deferring.CompleteMessageAsync(again);
        }
    }
}
