namespace NewsAlerts.Cli.Stack;

using System.Diagnostics;

/// <summary>
/// The project's local feed server and WebSub hub (<see cref="Feeds.LocalFeedServer"/>), run as its own process
/// (<c>newsalerts feed-server</c>) on 127.0.0.1: it serves the shared feed corpus (<c>../shared/data/feeds</c>) and
/// feeds published at run time (<c>PUT /_control/feeds/{path}</c>), kept in <see cref="DataDirectoryOf"/> so a restart
/// serves them again, so <c>dev</c> and a stack started on its own have feeds to register.
/// </summary>
public sealed class FeedServerService(int port) : IStackService
{
    /// <inheritdoc />
    public string Name => "feedserver";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> Ports { get; } = new Dictionary<string, int> { ["Stack:FeedServer:Port"] = port };

    /// <summary>The server's base address: feeds at their path, the hub at <c>_hub</c>.</summary>
    public Uri BaseUri => new($"http://127.0.0.1:{port}/");

    /// <summary>The folder of feeds it serves: <c>feeds</c> in the shared corpus (<see cref="StackPaths.SharedDataDirectory"/>).</summary>
    public static string FeedFolder(StackPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Path.Combine(paths.SharedDataDirectory, "feeds");
    }

    /// <summary>
    /// The one-line message for a feed folder that is not there (trial r41 #12: a fresh clone not beside <c>shared/</c>
    /// got only the feed server's "is not a folder" from its log): where it looked and the two ways to go on.
    /// </summary>
    public static string MissingFeedsMessage(StackPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return $"The feed server serves the shared corpus's feeds, and '{FeedFolder(paths)}' is not a folder: the repository must sit beside "
            + $"the 'shared' folder (shared/data/feeds, shared/data/sample-article.json), or set Stack:SharedDataDirectory "
            + "(--Stack:SharedDataDirectory=<folder holding feeds/> or NEWSALERTS_Stack__SharedDataDirectory).";
    }

    /// <inheritdoc />
    /// <exception cref="StackConfigurationException">The feed folder is missing (<see cref="MissingFeedsMessage"/>), or the CLI is not built.</exception>
    public Task InstallAsync(StackPaths paths, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Directory.Exists(FeedFolder(paths))
            ? LocalBuild.RequireAsync(Assembly, "The feed server")
            : throw new StackConfigurationException(MissingFeedsMessage(paths));
    }

    /// <inheritdoc />
    public Process Launch(StackPaths paths, string logPath)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string[] arguments = [Assembly, "feed-server", $"--port={port}", $"--root={FeedFolder(paths)}", $"--data={DataDirectoryOf(paths)}"];
        return ServiceProcess.Start("dotnet", arguments, logPath, paths.LocalStackDirectory);
    }

    /// <summary>Where it keeps the feeds published to it: <c>&lt;Stack:DataDirectory&gt;/feedserver</c> (<see cref="Feeds.PublishedFeedStore"/>).</summary>
    public static string DataDirectoryOf(StackPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Path.Combine(paths.DataDirectory, "feedserver");
    }

    /// <inheritdoc />
    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => HttpProbe.AnswersAsync(new Uri(BaseUri, "_control/ready"), cancellationToken);

    // The CLI itself (assembly "newsalerts"), beside whichever program started the stack.
    private static string Assembly => LocalBuild.AssemblyPath("newsalerts.dll");
}
