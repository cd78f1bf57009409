using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Entities;
using NewsAlerts.ServiceBusEmulator.Logging;

namespace NewsAlerts.ServiceBusEmulator.Persistence;

/// <summary>
/// The emulator's data directory: one journal per queue or subscription (<c>&lt;escaped path&gt;.journal</c>, its
/// dead-letter queue inside), the writer that group-commits them, and a lock file so a second emulator cannot write the
/// same journals (the lock goes with the process, however it ends).
/// </summary>
internal sealed class JournalDirectory : IDisposable
{
    private const string LockFileName = "emulator.lock";
    private readonly FileStream lockFile;

    private readonly ILogger logger;

    private JournalDirectory(string path, FileStream lockFile, ILogger logger, IJournalFiles? files)
    {
        Path = path;
        this.lockFile = lockFile;
        this.logger = logger;
        Writer = new JournalWriter(logger, files);
    }

    public string Path { get; }

    public JournalWriter Writer { get; }

    /// <summary>Creates the directory if needed and takes its lock; <paramref name="files"/> (tests) replaces the file layer under the journals.</summary>
    /// <exception cref="IOException">Another emulator holds the directory, or it cannot be created or written.</exception>
    public static JournalDirectory Open(string path, ILogger logger, IJournalFiles? files = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(full);
        FileStream lockFile;
        try
        {
            lockFile = new FileStream(System.IO.Path.Combine(full, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception)
        {
            throw new IOException($"The data directory '{full}' is in use by another Service Bus emulator.", exception);
        }

        return new JournalDirectory(full, lockFile, logger, files);
    }

    /// <summary>Replays the entity's journal (if any) into it and journals it from now on.</summary>
    public void Attach(MessageQueue queue)
    {
        var file = FileOf(queue.Path);
        queue.AttachJournal(Writer.Open(file), Replay(file));
    }

    /// <summary>Replays a topic's journal (its duplicate-detection history, the only thing a topic keeps) and journals it from now on.</summary>
    public void Attach(Topic topic)
    {
        var file = FileOf(topic.Path);
        topic.AttachJournal(Writer.Open(file), Replay(file));
    }

    private string FileOf(string entity) => System.IO.Path.Combine(Path, Uri.EscapeDataString(entity.ToLowerInvariant()) + ".journal");

    /// <summary>Reads a journal up to its last whole record; a torn or corrupt tail ends it (and is logged).</summary>
    private JournalState Replay(string file)
    {
        var state = new JournalState();
        if (File.Exists(file))
        {
            var bytes = File.ReadAllBytes(file);
            var whole = JournalRecords.Replay(bytes, state);
            if (whole < bytes.Length)
            {
                EmulatorLog.JournalTailDropped(logger, file, bytes.Length - whole, whole);
            }
        }

        return state;
    }

    /// <summary>Writes what is pending, closes the journals, and releases the directory.</summary>
    public void Dispose()
    {
        Writer.Dispose();
        lockFile.Dispose();
    }
}
