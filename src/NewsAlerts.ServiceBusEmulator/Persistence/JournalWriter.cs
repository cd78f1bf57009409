using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Logging;

namespace NewsAlerts.ServiceBusEmulator.Persistence;

/// <summary>
/// Writes every entity's journal with group commit: records are appended to in-memory buffers under the entities'
/// gates (no I/O there), and one thread writes whatever gathered since its last round to the files, fsyncs each file it
/// wrote, then completes the round's <see cref="Task"/>. A sender is answered only after the round that carries its
/// records completes (<see cref="WhenWritten"/>), so an acknowledged message is on disk; many sends share one fsync
/// under load, so durability costs a round trip of latency, not a write per message.
/// A round that fails (a full or failing disk) fails its waiters, keeps its records and tries them again in the next
/// round, after a short pause that grows while the disk keeps failing (20 ms doubling to 1 s).
/// </summary>
internal sealed class JournalWriter : IDisposable
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LastRetryDelay = TimeSpan.FromSeconds(1);
    private readonly object gate = new();
    private readonly HashSet<EntityJournal> dirty = [];
    private readonly List<EntityJournal> opened = [];
    private readonly Thread thread;
    private readonly IJournalFiles files;
    private readonly ILogger logger;
    private TaskCompletionSource nextRound = NewRound();
    private Round? inFlight;

    /// <summary>How many appends (and rewrites) there have been: each one's number is its ticket.</summary>
    private long appended;

    /// <summary>Every append with a ticket up to this one is on disk.</summary>
    private long written;
    private bool stopping;
    private bool stopped;

    public JournalWriter(ILogger logger, IJournalFiles? files = null)
    {
        this.logger = logger;
        this.files = files ?? JournalFiles.Instance;
        thread = new Thread(Run) { IsBackground = true, Name = "ServiceBusEmulator journal" };
        thread.Start();
    }

    /// <summary>Opens (creating if needed) the journal of one entity at <paramref name="path"/>.</summary>
    public EntityJournal Open(string path)
    {
        var journal = new EntityJournal(this, files, path);
        lock (gate)
        {
            opened.Add(journal);
        }

        return journal;
    }

    /// <summary>
    /// A task that completes once every record appended before this call is on disk (fsync'd): the task of the round
    /// that carries the last of them, never that of a round already over. It fails (with the disk's exception) when
    /// that round could not be written, or after the writer stopped.
    /// </summary>
    public Task WhenWritten()
    {
        lock (gate)
        {
            if (appended <= written)
            {
                return Task.CompletedTask;
            }

            if (inFlight is { } round && appended <= round.UpTo)
            {
                return round.Completion.Task;
            }

            // Not taken yet, or taken by a round that failed and kept them: the next round carries them.
            return stopped
                ? Task.FromException(new IOException("The journal is closed: the emulator stopped before these records were written."))
                : nextRound.Task;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            stopping = true;
            Monitor.Pulse(gate);
        }

        // The last round is written before the files close, so a clean stop loses nothing either.
        thread.Join();
    }

    /// <summary>Called by a journal (under this writer's gate) for each record or snapshot it gathers.</summary>
    internal void MarkDirtyLocked(EntityJournal journal)
    {
        appended++;
        if (dirty.Add(journal) && dirty.Count == 1)
        {
            Monitor.Pulse(gate);
        }
    }

    internal object Gate => gate;

    private static TaskCompletionSource NewRound() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Run()
    {
        var retryDelay = TimeSpan.Zero;
        while (true)
        {
            Round round;
            EntityJournal[] journals;
            bool last;
            lock (gate)
            {
                if (retryDelay > TimeSpan.Zero && !stopping)
                {
                    // The failed journals are still dirty: give the disk a moment rather than spin on it.
                    _ = Monitor.Wait(gate, retryDelay);
                }

                while (dirty.Count == 0 && !stopping)
                {
                    _ = Monitor.Wait(gate);
                }

                last = stopping;
                journals = [.. dirty];
                dirty.Clear();
                round = new Round(appended, nextRound);
                nextRound = NewRound();
                inFlight = round;
                foreach (var journal in journals)
                {
                    journal.TakePendingLocked();
                }
            }

            var failure = WriteAll(journals, out var failed);
            lock (gate)
            {
                inFlight = null;
                if (failure is null)
                {
                    written = round.UpTo;
                }
                else
                {
                    failed.ForEach(journal => dirty.Add(journal));
                }

                if (last)
                {
                    stopped = true;
                    opened.ForEach(journal => journal.CloseFile());
                }
            }

            if (failure is null)
            {
                retryDelay = TimeSpan.Zero;
                round.Completion.SetResult();
            }
            else
            {
                // Waiters are refused, not told "stored"; their records stay in memory and go in the next round.
                EmulatorLog.JournalFailed(logger, failure);
                retryDelay = retryDelay == TimeSpan.Zero ? FirstRetryDelay : TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, LastRetryDelay.Ticks));
                round.Completion.SetException(failure);
            }

            if (last)
            {
                // Nothing will write what a waiter since the last round appended: refuse it rather than leave it waiting.
                _ = nextRound.TrySetException(new IOException("The journal is closed: the emulator stopped before these records were written."));
                return;
            }
        }
    }

    /// <summary>Writes each journal's records; one that fails does not stop the others.</summary>
    private static Exception? WriteAll(EntityJournal[] journals, out List<EntityJournal> failed)
    {
        failed = [];
        Exception? first = null;
        foreach (var journal in journals)
        {
            try
            {
                journal.WriteTaken();
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Whatever the file layer throws (IOException, UnauthorizedAccessException, ...) fails the round, never the emulator.
                failed.Add(journal);
                first ??= exception;
            }
        }

        return first;
    }

    /// <summary>One round: the appends up to ticket <see cref="UpTo"/>, and the task its waiters get.</summary>
    private sealed record Round(long UpTo, TaskCompletionSource Completion);
}
