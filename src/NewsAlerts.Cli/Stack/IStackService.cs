namespace NewsAlerts.Cli.Stack;

using System.Diagnostics;

/// <summary>One local stand-in for a cloud part, run as its own process on 127.0.0.1.</summary>
public interface IStackService
{
    /// <summary>A short name, e.g. <c>azurite</c>.</summary>
    string Name { get; }

    /// <summary>Its ports by the setting that configures each, e.g. <c>Stack:Azurite:TablePort</c>.</summary>
    IReadOnlyDictionary<string, int> Ports { get; }

    /// <summary>
    /// Installs the pinned version from the repository's manifests when it is not there yet, saying so on
    /// <paramref name="log"/> before and after (<see cref="InstallStep"/>); says nothing when there is nothing to install.
    /// </summary>
    /// <exception cref="StackConfigurationException">The installer is missing or fails, or the part is not built.</exception>
    Task InstallAsync(StackPaths paths, TextWriter log, CancellationToken cancellationToken);

    /// <summary>Starts the process, its output appended to <paramref name="logPath"/>.</summary>
    Process Launch(StackPaths paths, string logPath);

    /// <summary>Whether the service answers on all its ports.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
