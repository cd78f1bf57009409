using System.Buffers;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Entities;
using NewsAlerts.ServiceBusEmulator.Persistence;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Persistence;

/// <summary>
/// The emulator on a data directory whose disk fails (writes failed on purpose under a real temporary directory): each
/// request whose records cannot be written is refused with an AMQP error (the client throws <see cref="ServiceBusException"/>),
/// whatever the disk threw; the emulator goes on; and once the disk works, what the emulator holds in memory is what a
/// restart reads back (no record lost behind a torn append).
/// </summary>
public sealed class A_failing_disk_refuses_the_client_and_loses_nothing_after : IDisposable
{
    private readonly DataDirectory data = new();
    private readonly FaultyJournalFiles files = new();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_send_the_disk_refused_is_an_error_and_the_journal_then_matches_memory_across_a_restart(bool torn)
    {
        List<(long, string)> before;
        await using (var emulator = await data.StartAsync(files))
        await using (var client = DataDirectory.ClientOf(emulator))
        await using (var sender = client.CreateSender("basic"))
        {
            await sender.SendMessageAsync(new ServiceBusMessage("before") { MessageId = "before" });
            files.FailWrites(int.MaxValue, () => new IOException("No space left on device"), torn);

            await Assert.ThrowsAsync<ServiceBusException>(() => sender.SendMessageAsync(new ServiceBusMessage("refused") { MessageId = "refused" }));

            files.Heal();
            await SendBeforeDeadlineAsync(sender, "after");
            before = await PeekAllAsync(client, "basic");
        }

        await using var restarted = await data.StartAsync();
        await using var again = DataDirectory.ClientOf(restarted);
        var after = await PeekAllAsync(again, "basic");

        Assert.Contains(before, m => m.Item2 == "before");
        Assert.Contains(before, m => m.Item2 == "after");
        Assert.Equal(before, after);
    }

    public static TheoryData<string> Failures => ["disk full", "access denied", "unexpected"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Schedule_and_cancel_the_disk_refused_are_errors_and_the_emulator_goes_on(string failure)
    {
        await using var emulator = await data.StartAsync(files);
        await using var client = DataDirectory.ClientOf(emulator);
        await using var sender = client.CreateSender("scheduled");
        var kept = await sender.ScheduleMessageAsync(new ServiceBusMessage("kept") { MessageId = "kept" }, DateTimeOffset.UtcNow.AddHours(1));
        files.FailWrites(int.MaxValue, Make(failure), torn: true);

        var schedule = await Assert.ThrowsAsync<ServiceBusException>(() => sender.ScheduleMessageAsync(new ServiceBusMessage("refused"), DateTimeOffset.UtcNow.AddHours(1)));
        var cancel = await Assert.ThrowsAsync<ServiceBusException>(() => sender.CancelScheduledMessageAsync(kept));
        await Assert.ThrowsAsync<ServiceBusException>(() => sender.SendMessageAsync(new ServiceBusMessage("refused too")));

        files.Heal();
        var later = await ScheduleBeforeDeadlineAsync(sender);
        await sender.CancelScheduledMessageAsync(later);
        Assert.Contains("could not be stored", schedule.Message, StringComparison.Ordinal);
        Assert.Contains("could not be stored", cancel.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_journal_ending_in_a_torn_record_is_read_to_its_last_whole_record_and_the_log_says_so()
    {
        await using (var first = await data.StartAsync())
        await using (var client = DataDirectory.ClientOf(first))
        await using (var sender = client.CreateSender("basic"))
        {
            await sender.SendMessagesAsync([new ServiceBusMessage("one") { MessageId = "one" }, new ServiceBusMessage("two") { MessageId = "two" }]);
        }

        // A crash in the middle of an append: the first half of a record is all the file got.
        var record = new ArrayBufferWriter<byte>();
        JournalRecords.WriteAdded(record, 0, new StoredMessage(99, new byte[64], true, 4, null, null, DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue), null);
        await using (var journal = new FileStream(Path.Combine(data.Path, "basic.journal"), FileMode.Append))
        {
            journal.Write(record.WrittenSpan[..(record.WrittenCount / 2)]);
        }

        var log = new RecordingLoggerFactory();
        await using (var second = await data.StartAsync(new JournalFiles(), log))
        await using (var client = DataDirectory.ClientOf(second))
        await using (var sender = client.CreateSender("basic"))
        {
            Assert.Equal(["one", "two"], (await PeekAllAsync(client, "basic")).Select(m => m.Item2));
            await sender.SendMessageAsync(new ServiceBusMessage("three") { MessageId = "three" });
        }

        await using var third = await data.StartAsync();
        await using var again = DataDirectory.ClientOf(third);

        Assert.Equal(["one", "two", "three"], (await PeekAllAsync(again, "basic")).Select(m => m.Item2));
        Assert.Contains(log.Lines, line => line.Level == LogLevel.Warning && line.Text.Contains("basic.journal", StringComparison.Ordinal)
            && line.Text.Contains("not a whole record", StringComparison.Ordinal));
    }

    public void Dispose() => data.Dispose();

    private static Func<Exception> Make(string failure) => failure switch
    {
        "disk full" => () => new IOException("No space left on device"),
        "access denied" => () => new UnauthorizedAccessException("Access to the journal is denied."),
        _ => () => new InvalidOperationException("The file layer failed in a way nobody planned for."),
    };

    private static async Task<List<(long, string)>> PeekAllAsync(ServiceBusClient client, string queue)
    {
        await using var receiver = client.CreateReceiver(queue);
        var messages = await receiver.PeekMessagesAsync(100, fromSequenceNumber: 1);
        return [.. messages.Select(m => (m.SequenceNumber, m.MessageId))];
    }

    /// <summary>A round may have taken the records just before the disk healed and failed: a send after it goes through.</summary>
    private static async Task SendBeforeDeadlineAsync(ServiceBusSender sender, string id)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                await sender.SendMessageAsync(new ServiceBusMessage(id) { MessageId = id });
                return;
            }
            catch (ServiceBusException) when (DateTime.UtcNow < until)
            {
            }
        }
    }

    private static async Task<long> ScheduleBeforeDeadlineAsync(ServiceBusSender sender)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                return await sender.ScheduleMessageAsync(new ServiceBusMessage("later"), DateTimeOffset.UtcNow.AddHours(1));
            }
            catch (ServiceBusException) when (DateTime.UtcNow < until)
            {
            }
        }
    }
}
