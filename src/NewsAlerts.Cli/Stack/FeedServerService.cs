namespace NewsAlerts.Cli.Stack;

using System.Diagnostics;

/// <summary>
/// The project's local feed server and WebSub hub (<see cref="Feeds.LocalFeedServer"/>), run as its own process
/// (<c>newsalerts feed-server</c>) on 127.0.0.1: it serves the shared feed corpus (<c>../shared/data/feeds</c>) and
/// feeds published at run time (<c>PUT /_control/feeds/{path}</c>), so <c>dev</c> and a stack started on its own
/// have feeds to register.
/// </summary>
public sealed class FeedServerService(int port) : IStackService
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };

    /// <inheritdoc />
    public string Name => "feedserver";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> Ports { get; } = new Dictionary<string, int> { ["Stack:FeedServer:Port"] = port };

    /// <summary>The server's base address: feeds at their path, the hub at <c>_hub</c>.</summary>
    public Uri BaseUri => new($"http://127.0.0.1:{port}/");

    /// <summary>The folder of feeds it serves: the shared corpus beside the repository.</summary>
    public static string FeedFolder(StackPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Path.GetFullPath(Path.Combine(paths.RepositoryRoot, "..", "shared", "data", "feeds"));
    }

    /// <inheritdoc />
    public Task InstallAsync(StackPaths paths, CancellationToken cancellationToken) =>
        File.Exists(Assembly)
            ? Task.CompletedTask
            : throw new StackConfigurationException($"The feed server is not built ({Assembly} is missing); build NewsAlerts.sln first.");

    /// <inheritdoc />
    public Process Launch(StackPaths paths, string logPath)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string[] arguments = [Assembly, "feed-server", $"--port={port}", $"--root={FeedFolder(paths)}"];
        return ServiceProcess.Start("dotnet", arguments, logPath, paths.LocalStackDirectory);
    }

    /// <inheritdoc />
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Http.GetAsync(new Uri(BaseUri, "_control/ready"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    // The CLI itself (assembly "newsalerts"), beside whichever program started the stack.
    private static string Assembly => Path.Combine(AppContext.BaseDirectory, "newsalerts.dll");
}
