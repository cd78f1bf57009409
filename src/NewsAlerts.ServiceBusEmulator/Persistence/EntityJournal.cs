using System.Buffers;

namespace NewsAlerts.ServiceBusEmulator.Persistence;

/// <summary>
/// The journal file of one entity and its dead-letter queue (one file, so a move to the dead-letter queue is two
/// records in order: added there, then removed here; a crash between them keeps both, never neither). Appends go to
/// an in-memory buffer; the <see cref="JournalWriter"/> writes and fsyncs them. A rewrite (compaction) replaces the
/// whole file with a snapshot: written to a temporary file, fsync'd, renamed over the journal, directory fsync'd.
/// </summary>
internal sealed class EntityJournal
{
    private readonly JournalWriter writer;
    private ArrayBufferWriter<byte> pending = new(4096);
    private ArrayBufferWriter<byte> taken = new(4096);
    private bool pendingRewrite;
    private bool takenRewrite;
    private FileStream? file;

    public EntityJournal(JournalWriter writer, string path)
    {
        this.writer = writer;
        FilePath = path;
        Length = File.Exists(path) ? new FileInfo(path).Length : 0;
    }

    public string FilePath { get; }

    /// <summary>The journal's size in bytes once everything appended is written (decides compaction).</summary>
    public long Length { get; private set; }

    /// <summary>Appends one record (see <see cref="JournalRecords"/>); the caller holds its entity's gate, so records keep its order.</summary>
    public void Append(Action<IBufferWriter<byte>> write)
    {
        lock (writer.Gate)
        {
            var before = pending.WrittenCount;
            write(pending);
            Length += pending.WrittenCount - before;
            writer.MarkDirtyLocked(this);
        }
    }

    /// <summary>Replaces the whole journal with <paramref name="snapshot"/> (records already appended but not written are in it).</summary>
    public void Rewrite(Action<IBufferWriter<byte>> snapshot)
    {
        lock (writer.Gate)
        {
            pending.ResetWrittenCount();
            snapshot(pending);
            pendingRewrite = true;
            Length = pending.WrittenCount;
            writer.MarkDirtyLocked(this);
        }
    }

    /// <summary>Moves the pending records aside for the writer's thread (under the writer's gate).</summary>
    internal void TakePendingLocked()
    {
        (taken, pending) = (pending, taken);
        pending.ResetWrittenCount();
        takenRewrite = pendingRewrite;
        pendingRewrite = false;
    }

    /// <summary>Writes and fsyncs what <see cref="TakePendingLocked"/> set aside (the writer's thread only).</summary>
    internal void WriteTaken()
    {
        if (takenRewrite)
        {
            CloseFile();
            var temporary = FilePath + ".tmp";
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(taken.WrittenSpan);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, FilePath, overwrite: true);
            DirectorySync.Flush(Path.GetDirectoryName(FilePath)!);
        }
        else if (taken.WrittenCount > 0)
        {
            file ??= new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);
            file.Write(taken.WrittenSpan);
            file.Flush(flushToDisk: true);
        }

        taken.ResetWrittenCount();
        if (taken.Capacity > 1 << 20)
        {
            // A burst (or a snapshot) grew the buffer: let that memory go once it is written.
            taken = new ArrayBufferWriter<byte>(4096);
        }
    }

    internal void CloseFile()
    {
        file?.Dispose();
        file = null;
    }
}
