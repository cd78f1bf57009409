namespace NewsAlerts.Cli.Stack;

using System.ComponentModel;
using System.Diagnostics;

/// <summary>Runs an installer command (npm, dotnet tool) to completion and turns failure into a clear message.</summary>
public static class ToolCommand
{
    /// <summary>
    /// Runs the command in <paramref name="workingDirectory"/>, with <paramref name="step"/>'s line on <paramref name="log"/>
    /// before it and after it succeeded; throws with the tail of its output when it fails.
    /// </summary>
    /// <exception cref="StackConfigurationException">The command cannot be run or exits with an error.</exception>
    public static async Task RunAsync(
        string file, IEnumerable<string> arguments, string workingDirectory, string purpose, InstallStep step, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(log);
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        await log.WriteLineAsync(step.StartingLine());
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new StackConfigurationException($"Could not run '{file}' to {purpose}.");
        }
        catch (Win32Exception ex)
        {
            throw new StackConfigurationException($"'{file}' is needed to {purpose} but could not be run: {ex.Message}.", ex);
        }

        using (process)
        {
            var took = System.Diagnostics.Stopwatch.StartNew();
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                var text = (await output + await error).Trim();
                var tail = text.Length > 2000 ? text[^2000..] : text;
                throw new StackConfigurationException(
                    $"'{file} {string.Join(' ', info.ArgumentList)}' failed with exit code {process.ExitCode} while trying to {purpose}:\n{tail}");
            }

            await log.WriteLineAsync(step.DoneLine(took.Elapsed));
        }
    }
}
