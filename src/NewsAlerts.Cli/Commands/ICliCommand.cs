namespace NewsAlerts.Cli.Commands;

/// <summary>
/// One <c>newsalerts</c> sub-command. Commands are found by reflection, so adding one needs no registration.
/// </summary>
public interface ICliCommand
{
    /// <summary>The word after <c>newsalerts</c>, e.g. <c>dev</c> or <c>match</c>.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Summary { get; }

    /// <summary>Runs the command with the arguments that followed its name; returns the process exit code.</summary>
    /// <param name="arguments">The remaining arguments.</param>
    /// <param name="console">Where to write output and errors.</param>
    /// <param name="cancellationToken">Cancelled on Ctrl+C.</param>
    Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken);
}
