namespace NewsAlerts.Cli.Commands;

/// <summary>The command's output and error streams, replaceable in tests.</summary>
/// <param name="Out">Standard output: results (JSON lines, reports).</param>
/// <param name="Error">Standard error: diagnostics and error messages.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>The process's own console.</summary>
    public static CliConsole System { get; } = new(Console.Out, Console.Error);
}
