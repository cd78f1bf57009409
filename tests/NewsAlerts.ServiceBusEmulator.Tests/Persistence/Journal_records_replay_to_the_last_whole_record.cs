using System.Buffers;
using NewsAlerts.ServiceBusEmulator.Entities;
using NewsAlerts.ServiceBusEmulator.Persistence;

namespace NewsAlerts.ServiceBusEmulator.Tests.Persistence;

/// <summary>The journal's format on its own: records replay to the state they describe, and a torn or corrupt tail is dropped.</summary>
public sealed class Journal_records_replay_to_the_last_whole_record
{
    [Fact]
    public void Added_updated_locked_and_removed_records_replay_to_the_live_messages()
    {
        var output = new ArrayBufferWriter<byte>();
        JournalRecords.WriteAdded(output, 0, Message(1, "one"), scheduledFor: null);
        JournalRecords.WriteAdded(output, 0, Message(2, "two"), scheduledFor: new DateTimeOffset(2026, 12, 3, 7, 0, 0, TimeSpan.Zero));
        JournalRecords.WriteAdded(output, 1, Message(3, "dead"), scheduledFor: null);
        JournalRecords.WriteRemoved(output, 0, 1);
        var updated = Message(2, "two, modified");
        updated.DeliveryCount = 4;
        updated.IsDeferred = true;
        JournalRecords.WriteUpdated(output, 0, updated);
        JournalRecords.WriteLocked(output, 0, 2);
        JournalRecords.WriteNumbered(output, 0, 9);
        var state = new JournalState();

        var length = JournalRecords.Replay(output.WrittenSpan, state);

        Assert.Equal(output.WrittenCount, length);
        var two = Assert.Single(state.Entity.Messages.Values);
        Assert.Equal(2, two.SequenceNumber);
        Assert.Equal("two, modified"u8.ToArray(), two.Bare);
        Assert.Equal(4, two.DeliveryCount);
        Assert.True(two.IsDeferred);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 7, 0, 0, TimeSpan.Zero), two.ScheduledEnqueueTime);
        Assert.Contains(2L, state.Entity.Locked);
        Assert.Equal(9, state.Entity.LastSequenceNumber);
        Assert.Equal(3, Assert.Single(state.DeadLetters.Messages.Values).SequenceNumber);
    }

    [Fact]
    public void Seen_records_replay_as_duplicate_detection_history_not_as_sequence_numbers()
    {
        var at = new DateTimeOffset(2026, 12, 3, 7, 0, 0, TimeSpan.Zero);
        var output = new ArrayBufferWriter<byte>();
        JournalRecords.WriteAdded(output, 0, Message(5, "five"), scheduledFor: null);
        JournalRecords.WriteSeen(output, 0, "alert-1", at);
        JournalRecords.WriteSeen(output, 0, "ünïcode id", at.AddSeconds(1));
        var state = new JournalState();

        var length = JournalRecords.Replay(output.WrittenSpan, state);

        Assert.Equal(output.WrittenCount, length);
        Assert.Equal([("alert-1", at), ("ünïcode id", at.AddSeconds(1))], state.Entity.Seen);
        Assert.Equal(5, state.Entity.LastSequenceNumber);
        Assert.Empty(state.DeadLetters.Seen);
    }

    [Theory]
    [InlineData("torn in the frame header", 3)]
    [InlineData("torn in the payload", 20)]
    [InlineData("one flipped bit", -1)]
    [InlineData("zeros after the last record", 0)]
    public void A_damaged_tail_ends_the_journal_at_the_last_whole_record(string damage, int keep)
    {
        var output = new ArrayBufferWriter<byte>();
        JournalRecords.WriteAdded(output, 0, Message(1, "kept"), scheduledFor: null);
        var whole = output.WrittenCount;
        JournalRecords.WriteAdded(output, 0, Message(2, "damaged"), scheduledFor: null);
        var bytes = output.WrittenSpan.ToArray();
        bytes = damage switch
        {
            "one flipped bit" => Flip(bytes, bytes.Length - 3),
            "zeros after the last record" => [.. bytes[..whole], .. new byte[64]],
            _ => bytes[..(whole + keep)],
        };
        var state = new JournalState();

        var length = JournalRecords.Replay(bytes, state);

        Assert.Equal(whole, length);
        Assert.Equal(1, Assert.Single(state.Entity.Messages.Values).SequenceNumber);
    }

    [Fact]
    public void A_directory_can_be_flushed()
    {
        var directory = Directory.CreateTempSubdirectory("sb-journal-sync").FullName;
        try
        {
            DirectorySync.Flush(directory);
            Assert.Throws<IOException>(() => DirectorySync.Flush(Path.Combine(directory, "missing")));
        }
        finally
        {
            Directory.Delete(directory);
        }
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        bytes[at] ^= 0x10;
        return bytes;
    }

    private static StoredMessage Message(long sequenceNumber, string body) =>
        new(sequenceNumber, System.Text.Encoding.UTF8.GetBytes(body), durable: true, priority: 4, timeToLiveMilliseconds: null, annotations: null,
            DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue);
}
