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
        Assert.Equal<(int, long?)?>(
            (Environment.ProcessId, ProcessTable.StartTimeOf(Environment.ProcessId)),
            StackLock.ParseOwner(File.ReadAllText(Path.Combine(directory, "install.lock.pid"))));
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
    public async Task A_pid_file_whose_pid_now_names_another_process_does_not_name_it_as_the_holder()
    {
        // Trial s42's kind: a PID alone is not a process. The file names this PID with another start, as a holder that
        // died without deleting it would leave its PID, recycled since.
        using var holder = await StackLock.AcquireAsync(directory, TimeSpan.Zero, TextWriter.Null, CancellationToken.None, "install.lock");
        var start = ProcessTable.StartTimeOf(Environment.ProcessId)!.Value;
        await File.WriteAllTextAsync(Path.Combine(directory, "install.lock.pid"), StackLock.OwnerLine(Environment.ProcessId, start + 1));

        var error = await Assert.ThrowsAsync<StackConfigurationException>(
            () => StackLock.AcquireAsync(directory, TimeSpan.Zero, TextWriter.Null, CancellationToken.None, "install.lock"));

        Assert.Contains("held by another process", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain($"PID {Environment.ProcessId}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4242:987654", 4242, 987654L)]
    [InlineData(" 4242:987654\n", 4242, 987654L)]
    [InlineData("4242", 4242, null)]
    public void The_holder_line_is_read_back_as_written(string text, int pid, long? start)
    {
        Assert.Equal<(int, long?)?>((pid, start), StackLock.ParseOwner(text));
        Assert.Equal<(int, long?)?>((pid, start), StackLock.ParseOwner(StackLock.OwnerLine(pid, start)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("4242:")]
    [InlineData("4242:x")]
    [InlineData("4242:1:2")]
    public void A_line_that_is_not_a_holder_line_names_no_holder(string text) => Assert.Null(StackLock.ParseOwner(text));

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
