namespace NewsAlerts.Cli.Tests.Stack;

using System.Diagnostics;
using System.Text;
using NewsAlerts.Cli.Commands;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// <c>dotnet newsalerts.dll stack run</c> as its own process, from the repository (the stack's pinned tools live under it),
/// with the services and data folder given: a test-like owner of stand-ins (every service it starts is watched from its
/// start), whose standard output and error are kept apart.
/// </summary>
internal sealed class StackRunProcess : IDisposable
{
    private readonly StringBuilder output = new();
    private readonly StringBuilder errors = new();

    private StackRunProcess(Process process) => Process = process;

    public Process Process { get; }

    /// <summary>Everything it wrote so far, output and errors in the order they came.</summary>
    public string Said => Read(output);

    /// <summary>What it wrote to standard error so far.</summary>
    public string Errors => Read(errors);

    /// <summary>Starts <c>stack run</c> with <paramref name="settings"/> (e.g. <c>--Stack:Services=SmsSink</c>) in <paramref name="data"/>.</summary>
    public static StackRunProcess Start(string data, params string[] settings)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Find(),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { typeof(StackCommand).Assembly.Location, "stack", "run", $"--Stack:DataDirectory={data}" }.Concat(settings))
        {
            info.ArgumentList.Add(argument);
        }

        var run = new StackRunProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start newsalerts stack run"));
        run.Process.OutputDataReceived += (_, e) => Append(run.output, e.Data);
        run.Process.ErrorDataReceived += (_, e) =>
        {
            Append(run.output, e.Data);
            Append(run.errors, e.Data);
        };
        run.Process.BeginOutputReadLine();
        run.Process.BeginErrorReadLine();
        return run;
    }

    /// <summary>Waits until it has said <paramref name="text"/>; fails at the deadline or when it ended first.</summary>
    public Task SaysAsync(string text, TimeSpan deadline) =>
        Eventually.TrueAsync(
            () =>
            {
                Assert.False(Process.HasExited && !Said.Contains(text, StringComparison.Ordinal), $"stack run ended before it said '{text}':\n{Said}");
                return Task.FromResult(Said.Contains(text, StringComparison.Ordinal));
            },
            $"stack run to say '{text}'",
            deadline);

    /// <summary>Kills it if it still runs.</summary>
    public async Task EndAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill();
            await Process.WaitForExitAsync();
        }
    }

    /// <summary>Stops what stack runs recorded in <paramref name="data"/> (a failed assertion leaves nothing running) and removes the folder.</summary>
    public static async Task CleanUpAsync(string data)
    {
        await LocalStack.StopAsync(StackPaths.Locate(RepositoryRoot.Find(), data), StackState.Load(data), CancellationToken.None);
        Directory.Delete(data, recursive: true);
    }

    public void Dispose() => Process.Dispose();

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
