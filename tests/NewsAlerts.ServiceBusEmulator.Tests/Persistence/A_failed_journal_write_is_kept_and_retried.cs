using System.Buffers;
using Microsoft.Extensions.Logging.Abstractions;
using NewsAlerts.ServiceBusEmulator.Entities;
using NewsAlerts.ServiceBusEmulator.Persistence;

namespace NewsAlerts.ServiceBusEmulator.Tests.Persistence;

/// <summary>
/// The journal writer against a disk that fails (real files under a temporary directory, writes failed on purpose by
/// <see cref="FaultyJournalFiles"/>): the records of a failed round are kept and written by a later round, the file is
/// cut back to its last whole record first (so it always replays whole), and each waiter gets the round that carries
/// its records, never one that is already over.
/// </summary>
/// <remarks>
/// A failed round is retried on its own after a short back-off, so a disk that fails once could be written before a
/// slow test asks (two cases failed so, one each in two runs): the disk here fails until the test heals it.
/// </remarks>
public sealed class A_failed_journal_write_is_kept_and_retried : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sb-journal-faults").FullName;
    private readonly FaultyJournalFiles files = new();

    private string FilePath => Path.Combine(directory, "queue.journal");

    public static TheoryData<string, bool> Faults => new()
    {
        { "disk full", false },
        { "disk full", true },
        { "access denied", true },
        { "unexpected", true },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task The_records_of_a_failed_write_reach_the_file_whole_once_the_disk_works(string fault, bool torn)
    {
        using (var writer = new JournalWriter(NullLogger.Instance, files))
        {
            var journal = writer.Open(FilePath);
            Add(journal, 1);
            await writer.WhenWritten();
            // The disk fails until healed: a failed round is retried on its own, so a single failure could be retried
            // and written before this test asks (on a slow machine), and nothing would be refused.
            files.FailWrites(int.MaxValue, Fault(fault), torn);
            Add(journal, 2);

            var refused = await Assert.ThrowsAnyAsync<Exception>(writer.WhenWritten);

            files.Heal();
            Add(journal, 3);
            await WrittenBeforeDeadlineAsync(writer);
            Assert.Equal(Fault(fault)().GetType(), refused.GetType());
        }

        Assert.Equal([1L, 2L, 3L], ReplayWhole());
    }

    [Fact]
    public async Task After_a_failed_round_a_new_waiter_gets_the_round_that_carries_the_kept_records()
    {
        using (var writer = new JournalWriter(NullLogger.Instance, files))
        {
            var journal = writer.Open(FilePath);
            files.FailWrites(int.MaxValue, Fault("disk full"), torn: true);
            Add(journal, 1);
            var failed = writer.WhenWritten();
            await Assert.ThrowsAsync<IOException>(() => failed);

            var next = writer.WhenWritten();

            Assert.NotSame(failed, next);
            files.Heal();
            await WrittenBeforeDeadlineAsync(writer);
        }

        Assert.Equal([1L], ReplayWhole());
    }

    [Fact]
    public async Task While_the_disk_keeps_failing_every_waiter_is_refused_and_once_it_heals_the_records_are_written()
    {
        using (var writer = new JournalWriter(NullLogger.Instance, files))
        {
            var journal = writer.Open(FilePath);
            files.FailWrites(int.MaxValue, Fault("disk full"), torn: true);
            Add(journal, 1);
            await Assert.ThrowsAsync<IOException>(writer.WhenWritten);

            // Nothing new appended: the record kept from the failed round is not on disk, so this waiter must not hear "stored".
            await Assert.ThrowsAsync<IOException>(writer.WhenWritten);
            Assert.True(files.Failed >= 2, "the kept record was not tried again");

            files.Heal();
            await WrittenBeforeDeadlineAsync(writer);
        }

        Assert.Equal([1L], ReplayWhole());
    }

    [Fact]
    public async Task A_failed_snapshot_leaves_the_old_journal_and_is_written_again_with_what_came_after()
    {
        using (var writer = new JournalWriter(NullLogger.Instance, files))
        {
            var journal = writer.Open(FilePath);
            Add(journal, 1);
            Add(journal, 2);
            await writer.WhenWritten();
            files.FailWrites(int.MaxValue, Fault("disk full"), torn: true);
            journal.Rewrite(output => JournalRecords.WriteAdded(output, 0, Message(2), scheduledFor: null));
            Add(journal, 3);
            await Assert.ThrowsAsync<IOException>(writer.WhenWritten);
            Assert.Equal([1L, 2L], ReplayWhole());

            files.Heal();
            Add(journal, 4);
            await WrittenBeforeDeadlineAsync(writer);
        }

        Assert.Equal([2L, 3L, 4L], ReplayWhole());
    }

    [Fact]
    public async Task Stopping_refuses_the_waiters_it_could_not_write_rather_than_leave_them_waiting()
    {
        Task waiting;
        var writer = new JournalWriter(NullLogger.Instance, files);
        var journal = writer.Open(FilePath);
        files.FailWrites(int.MaxValue, Fault("disk full"), torn: false);
        Add(journal, 1);
        await Assert.ThrowsAsync<IOException>(writer.WhenWritten);
        waiting = writer.WhenWritten();

        writer.Dispose();

        await Assert.ThrowsAsync<IOException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(60)));
        await Assert.ThrowsAsync<IOException>(writer.WhenWritten);
    }

    [Fact]
    public void Duplicate_detection_history_older_than_the_window_is_not_restored()
    {
        var now = new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
        using var writer = new JournalWriter(NullLogger.Instance, files);
        var detector = new DuplicateDetector(TimeSpan.FromMinutes(1));

        detector.Restore([("old", now.AddMinutes(-2)), ("recent", now.AddSeconds(-30))], now, writer.Open(FilePath), 0);

        Assert.False(detector.IsDuplicate("old", now));
        Assert.True(detector.IsDuplicate("recent", now));
        Assert.False(detector.IsDuplicate("recent", now.AddSeconds(31)));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static Func<Exception> Fault(string kind) => kind switch
    {
        "disk full" => () => new IOException("No space left on device"),
        "access denied" => () => new UnauthorizedAccessException("Access to the journal is denied."),
        _ => () => new InvalidOperationException("The file layer failed in a way nobody planned for."),
    };

    private static void Add(EntityJournal journal, long sequenceNumber) =>
        journal.Append(output => JournalRecords.WriteAdded(output, 0, Message(sequenceNumber), scheduledFor: null));

    /// <summary>The sequence numbers the file holds, after checking that every byte of it is a whole record.</summary>
    private List<long> ReplayWhole()
    {
        var bytes = File.ReadAllBytes(FilePath);
        var state = new JournalState();
        Assert.Equal(bytes.Length, JournalRecords.Replay(bytes, state));
        return [.. state.Entity.Messages.Keys];
    }

    private static async Task WrittenBeforeDeadlineAsync(JournalWriter writer)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                // A round may have taken the records just before the disk healed: the one after it writes them.
                await writer.WhenWritten();
                return;
            }
            catch (IOException) when (DateTime.UtcNow < until)
            {
            }
        }
    }

    private static StoredMessage Message(long sequenceNumber) =>
        new(sequenceNumber, System.Text.Encoding.UTF8.GetBytes($"message {sequenceNumber}"), durable: true, priority: 4, timeToLiveMilliseconds: null,
            annotations: null, DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue);
}
