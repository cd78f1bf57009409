namespace NewsAlerts.Cli.Tests.Stack;

using NewsAlerts.Cli.Stack;

// Trial r37 #4: dev waited ten minutes in silence for install.lock, then died with an IOException stack trace.
public sealed class A_held_stack_lock_is_announced_and_ends_in_one_message : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "newsalerts-lock-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_waiting_start_says_at_once_which_pid_holds_the_lock_and_continues_when_it_is_freed()
    {
        var log = new LineLog();
        var holder = await StackLock.AcquireAsync(directory, TimeSpan.Zero, TextWriter.Null, CancellationToken.None, "install.lock");
        var waiting = StackLock.AcquireAsync(directory, TimeSpan.FromMinutes(5), log, CancellationToken.None, "install.lock");

        var line = await log.FirstLineAsync(TimeSpan.FromSeconds(30));
        Assert.False(waiting.IsCompleted);
        Assert.Contains("install.lock held by PID " + Environment.ProcessId, line, StringComparison.Ordinal);
        Assert.StartsWith("Waiting for another start to finish", line, StringComparison.Ordinal);

        holder.Dispose();
        using var acquired = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(directory, "install.lock.pid")));
    }

    [Fact]
    public async Task A_lock_still_held_at_the_deadline_ends_in_one_message_naming_the_file_the_holder_and_what_to_do()
    {
        using var holder = await StackLock.AcquireAsync(directory, TimeSpan.Zero, TextWriter.Null, CancellationToken.None, "install.lock");

        var error = await Assert.ThrowsAsync<StackConfigurationException>(
            () => StackLock.AcquireAsync(directory, TimeSpan.Zero, TextWriter.Null, CancellationToken.None, "install.lock"));

        Assert.Contains(Path.Combine(directory, "install.lock"), error.Message, StringComparison.Ordinal);
        Assert.Contains($"PID {Environment.ProcessId}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"kill {Environment.ProcessId}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task A_free_lock_is_taken_without_a_word()
    {
        var log = new LineLog();
        using var held = await StackLock.AcquireAsync(directory, TimeSpan.Zero, log, CancellationToken.None);
        Assert.Empty(log.Lines);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class LineLog : StringWriter
    {
        private readonly TaskCompletionSource<string> first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<string> Lines { get; } = [];

        public Task<string> FirstLineAsync(TimeSpan deadline) => first.Task.WaitAsync(deadline);

        public override Task WriteLineAsync(string? value)
        {
            lock (Lines)
            {
                Lines.Add(value ?? string.Empty);
            }

            first.TrySetResult(value ?? string.Empty);
            return Task.CompletedTask;
        }
    }
}
