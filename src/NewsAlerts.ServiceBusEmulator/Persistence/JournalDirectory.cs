using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Entities;

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

    private JournalDirectory(string path, FileStream lockFile, ILogger logger)
    {
        Path = path;
        this.lockFile = lockFile;
        Writer = new JournalWriter(logger);
    }

    public string Path { get; }

    public JournalWriter Writer { get; }

    /// <summary>Creates the directory if needed and takes its lock.</summary>
    /// <exception cref="IOException">Another emulator holds the directory, or it cannot be created or written.</exception>
    public static JournalDirectory Open(string path, ILogger logger)
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

        return new JournalDirectory(full, lockFile, logger);
    }

    /// <summary>Replays the entity's journal (if any) into it and journals it from now on.</summary>
    public void Attach(MessageQueue queue)
    {
        var file = System.IO.Path.Combine(Path, Uri.EscapeDataString(queue.Path.ToLowerInvariant()) + ".journal");
        var state = new JournalState();
        if (File.Exists(file))
        {
            _ = JournalRecords.Replay(File.ReadAllBytes(file), state);
        }

        queue.AttachJournal(Writer.Open(file), state);
    }

    /// <summary>Writes what is pending, closes the journals, and releases the directory.</summary>
    public void Dispose()
    {
        Writer.Dispose();
        lockFile.Dispose();
    }
}
