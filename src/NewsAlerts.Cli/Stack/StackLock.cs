namespace NewsAlerts.Cli.Stack;

using System.Diagnostics;
using System.Globalization;

/// <summary>
/// A cross-process lock on a data folder, so two starts (a developer's and a test run's, or two test assemblies)
/// never install or launch the same service at once. The holder writes its PID next to the lock
/// (<c>&lt;name&gt;.pid</c>, <see cref="OwnerLine"/>), so a start that has to wait can say at once who it waits for (trial r37 #4: a silent
/// ten-minute wait ended in an IOException stack trace).
/// </summary>
public sealed class StackLock : IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);
    private readonly FileStream stream;
    private readonly string ownerPath;

    private StackLock(FileStream stream, string ownerPath)
    {
        this.stream = stream;
        this.ownerPath = ownerPath;
    }

    /// <summary>
    /// Waits until the lock (<paramref name="name"/> in <paramref name="directory"/>) is free, then holds it. When it is
    /// held, writes one line to <paramref name="log"/> straight away naming the lock and the PID that holds it.
    /// </summary>
    /// <param name="directory">The folder of the lock file; created when missing.</param>
    /// <param name="timeout">How long to wait for another holder before giving up.</param>
    /// <param name="log">Where the "waiting for …" line goes.</param>
    /// <param name="cancellationToken">Ends the wait.</param>
    /// <param name="name">The lock file's name.</param>
    /// <exception cref="StackConfigurationException">Still held after <paramref name="timeout"/>: names the lock file, its holder and what to do.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting.</exception>
    public static async Task<StackLock> AcquireAsync(string directory, TimeSpan timeout, TextWriter log, CancellationToken cancellationToken, string name = "stack.lock")
    {
        ArgumentNullException.ThrowIfNull(log);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        var ownerPath = path + ".pid";
        var deadline = DateTime.UtcNow + timeout;
        var announced = false;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                TryWriteOwner(ownerPath);
                if (announced)
                {
                    await log.WriteLineAsync($"{name}: free now, continuing");
                }

                return new StackLock(stream, ownerPath);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                if (!announced)
                {
                    announced = true;
                    await log.WriteLineAsync(
                        $"Waiting for another start to finish ({name} held by {Describe(ReadOwner(ownerPath))}); giving up after {Minutes(timeout)}.");
                }

                await Task.Delay(RetryDelay, cancellationToken);
            }
            catch (IOException ex)
            {
                throw new StackConfigurationException(TimeoutMessage(path, ReadOwner(ownerPath), timeout), ex);
            }
        }
    }

    /// <summary>The one-line message for a lock still held at the deadline: the file, its holder and what to do.</summary>
    /// <param name="path">The lock file.</param>
    /// <param name="owner">The PID its holder wrote, or null when unknown.</param>
    /// <param name="timeout">How long the start waited.</param>
    public static string TimeoutMessage(string path, int? owner, TimeSpan timeout) =>
        $"{path} is still held by {Describe(owner)} after {Minutes(timeout)}: another start (dev, a stack command or a test run) "
        + "is installing or starting the local services. Wait for it to finish, or stop it"
        + (owner is { } pid ? $" (kill {pid})" : string.Empty) + ", then run this again.";

    /// <summary>
    /// The holder's line in the PID file: <c>PID:START</c>, START being its start in clock ticks since boot
    /// (<see cref="ProcessStat.StartTicks"/>), so a reader can tell it from a later process given the same PID
    /// (<see cref="ProcessIdentity"/>); just <c>PID</c> where the start is unknown.
    /// </summary>
    public static string OwnerLine(int pid, long? startTicks) =>
        startTicks is { } ticks ? string.Create(CultureInfo.InvariantCulture, $"{pid}:{ticks}") : pid.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads an <see cref="OwnerLine"/> (surrounding white space ignored), or null when it is not one.</summary>
    public static (int Pid, long? StartTicks)? ParseOwner(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split(':');
        if (parts.Length > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid <= 0)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return (pid, null);
        }

        return long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ? (pid, ticks) : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            File.Delete(ownerPath);
        }
        catch (IOException)
        {
            // The PID file only improves the waiting message; a leftover one names a process that no longer holds the lock.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }

        stream.Dispose();
    }

    private static string Minutes(TimeSpan timeout) =>
        timeout >= TimeSpan.FromMinutes(1) ? $"{timeout.TotalMinutes:0.#} min" : $"{timeout.TotalSeconds:0.#} s";

    private static string Describe(int? owner)
    {
        if (owner is not { } pid)
        {
            return "another process";
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return $"PID {pid} ({process.ProcessName})";
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return $"PID {pid}";
        }
    }

    // The holder named in the PID file, while its PID still names it (ProcessIdentity): a holder that died without
    // deleting the file left a PID that may now be another process's, which must not be named as holding the lock.
    private static int? ReadOwner(string ownerPath)
    {
        string text;
        try
        {
            text = File.ReadAllText(ownerPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return ParseOwner(text) is { } owner && (owner.StartTicks is not { } ticks || ProcessIdentity.IsAlive(owner.Pid, new ProcessStart(ticks, null, null)))
            ? owner.Pid
            : null;
    }

    private static void TryWriteOwner(string ownerPath)
    {
        try
        {
            File.WriteAllText(ownerPath, OwnerLine(Environment.ProcessId, ProcessTable.StartTimeOf(Environment.ProcessId)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only the waiting message of another start depends on it.
        }
    }
}
