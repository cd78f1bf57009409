using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Logging;

namespace NewsAlerts.ServiceBusEmulator.Persistence;

/// <summary>
/// Writes every entity's journal with group commit: records are appended to in-memory buffers under the entities'
/// gates (no I/O there), and one thread writes whatever gathered since its last round to the files, fsyncs each file it
/// wrote, then completes the round's <see cref="Task"/>. A sender is answered only after its round completes
/// (<see cref="WhenWritten"/>), so an acknowledged message is on disk; many sends share one fsync under load, so
/// durability costs a round trip of latency, not a write per message.
/// </summary>
internal sealed class JournalWriter : IDisposable
{
    private readonly object gate = new();
    private readonly HashSet<EntityJournal> dirty = [];
    private readonly List<EntityJournal> opened = [];
    private readonly Thread thread;
    private readonly ILogger logger;
    private TaskCompletionSource pendingRound = NewRound();
    private Task? inFlight;
    private bool stopping;

    public JournalWriter(ILogger logger)
    {
        this.logger = logger;
        thread = new Thread(Run) { IsBackground = true, Name = "ServiceBusEmulator journal" };
        thread.Start();
    }

    /// <summary>Opens (creating if needed) the journal of one entity at <paramref name="path"/>.</summary>
    public EntityJournal Open(string path)
    {
        var journal = new EntityJournal(this, path);
        lock (gate)
        {
            opened.Add(journal);
        }

        return journal;
    }

    /// <summary>A task that completes once every record appended before this call is on disk (fsync'd).</summary>
    public Task WhenWritten()
    {
        lock (gate)
        {
            if (dirty.Count > 0)
            {
                return pendingRound.Task;
            }

            return inFlight ?? Task.CompletedTask;
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

    /// <summary>Called by a journal (under this writer's gate) when it has something to write.</summary>
    internal void MarkDirtyLocked(EntityJournal journal)
    {
        if (dirty.Add(journal) && dirty.Count == 1)
        {
            Monitor.Pulse(gate);
        }
    }

    internal object Gate => gate;

    private static TaskCompletionSource NewRound() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Run()
    {
        while (true)
        {
            EntityJournal[] journals;
            TaskCompletionSource round;
            var last = false;
            lock (gate)
            {
                while (dirty.Count == 0 && !stopping)
                {
                    _ = Monitor.Wait(gate);
                }

                last = stopping;
                journals = [.. dirty];
                dirty.Clear();
                round = pendingRound;
                pendingRound = NewRound();
                inFlight = round.Task;
                foreach (var journal in journals)
                {
                    journal.TakePendingLocked();
                }
            }

            try
            {
                foreach (var journal in journals)
                {
                    journal.WriteTaken();
                }

                round.SetResult();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A disk that cannot be written: senders waiting for this round are refused, not told "stored".
                EmulatorLog.JournalFailed(logger, exception);
                round.SetException(exception);
            }

            if (last)
            {
                lock (gate)
                {
                    opened.ForEach(journal => journal.CloseFile());
                }

                return;
            }
        }
    }
}
