namespace NewsAlerts.Cli.Stack;

/// <summary>
/// A cross-process lock on a data folder, so two starts (a developer's and a test run's, or two test assemblies)
/// never install or launch the same service at once.
/// </summary>
public sealed class StackLock : IDisposable
{
    private readonly FileStream stream;

    private StackLock(FileStream stream) => this.stream = stream;

    /// <summary>Waits until the lock (<paramref name="name"/> in <paramref name="directory"/>) is free, then holds it.</summary>
    public static async Task<StackLock> AcquireAsync(string directory, TimeSpan timeout, CancellationToken cancellationToken, string name = "stack.lock")
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new StackLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => stream.Dispose();
}
