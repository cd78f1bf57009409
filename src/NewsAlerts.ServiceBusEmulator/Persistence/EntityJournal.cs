using System.Buffers;

namespace NewsAlerts.ServiceBusEmulator.Persistence;

/// <summary>
/// The journal file of one entity and its dead-letter queue (one file, so a move to the dead-letter queue is two
/// records in order: added there, then removed here; a crash between them keeps both, never neither). Appends go to
/// an in-memory buffer; the <see cref="JournalWriter"/> writes and fsyncs them. A rewrite (compaction) replaces the
/// whole file with a snapshot: written to a temporary file, fsync'd, renamed over the journal, directory fsync'd.
/// A write that fails keeps its records for the next round, which first cuts the file back to its last length known
/// whole (a failed append may have left part of itself), so memory and file never disagree for long and no good record
/// is ever written after garbage.
/// </summary>
internal sealed class EntityJournal
{
    private readonly JournalWriter writer;
    private readonly IJournalFiles files;
    private ArrayBufferWriter<byte> pending = new(4096);
    private ArrayBufferWriter<byte> taken = new(4096);
    private bool pendingRewrite;
    private bool takenRewrite;
    private IJournalFile? file;

    /// <summary>The file's length up to the last record written and fsync'd; anything after it is a failed write's leftover.</summary>
    private long wholeLength;
    private bool mayBeTorn;

    public EntityJournal(JournalWriter writer, IJournalFiles files, string path)
    {
        this.writer = writer;
        this.files = files;
        FilePath = path;
        Length = File.Exists(path) ? new FileInfo(path).Length : 0;
        wholeLength = Length;
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

    /// <summary>
    /// Sets the pending records aside for the writer's thread (under the writer's gate). Records a failed round kept
    /// stay first, so the file still gets every record in the order it was appended.
    /// </summary>
    internal void TakePendingLocked()
    {
        if (pendingRewrite || taken.WrittenCount == 0)
        {
            // A snapshot holds every live record, those of a failed round too: it replaces whatever was kept.
            (taken, pending) = (pending, taken);
            takenRewrite = pendingRewrite;
        }
        else
        {
            taken.Write(pending.WrittenSpan);
        }

        pending.ResetWrittenCount();
        pendingRewrite = false;
    }

    /// <summary>Writes and fsyncs what <see cref="TakePendingLocked"/> set aside (the writer's thread only).</summary>
    /// <exception cref="IOException">The disk refused the write; the records are kept for the next round.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written; the records are kept likewise.</exception>
    internal void WriteTaken()
    {
        try
        {
            if (takenRewrite)
            {
                DropFile();
                var temporary = FilePath + ".tmp";
                using (var snapshot = files.Create(temporary))
                {
                    snapshot.Write(taken.WrittenSpan);
                    snapshot.FlushToDisk();
                }

                files.Replace(temporary, FilePath);
                wholeLength = taken.WrittenCount;
                mayBeTorn = false;
            }
            else if (taken.WrittenCount > 0)
            {
                file ??= files.OpenForAppend(FilePath);
                if (mayBeTorn || file.Length != wholeLength)
                {
                    // A failed round may have left part of a record: cut it off, or the reader would stop there.
                    file.Truncate(wholeLength);
                    mayBeTorn = false;
                }

                file.Write(taken.WrittenSpan);
                file.FlushToDisk();
                wholeLength += taken.WrittenCount;
            }
        }
        catch
        {
            mayBeTorn = true;
            DropFile();
            throw;
        }

        taken.ResetWrittenCount();
        takenRewrite = false;
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

    /// <summary>Closes the file after a failure (the next round opens it again); closing a failed file may fail too.</summary>
    private void DropFile()
    {
        try
        {
            CloseFile();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            file = null;
        }
    }
}
