namespace NewsAlerts.Cli.Stack;

/// <summary>Where the repository's local-stack files are: <c>infra/local</c> holds the pinned package manifests.</summary>
public sealed record StackPaths(string RepositoryRoot, string LocalStackDirectory, string DataDirectory)
{
    /// <summary>
    /// The shared corpus: <c>feeds/</c>, which the feed server serves, and <c>sample-article.json</c>, which the demo
    /// publishes. Default <c>../shared/data</c> beside the repository; setting <c>Stack:SharedDataDirectory</c>.
    /// </summary>
    public string SharedDataDirectory { get; init; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    /// <summary>The paths of <paramref name="options"/>: its data folder and, when set, its shared corpus.</summary>
    /// <exception cref="InvalidOperationException">No NewsAlerts.sln above the current or the application's folder.</exception>
    public static StackPaths Locate(StackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var paths = Locate(options.DataDirectory);
        return options.SharedDataDirectory is { Length: > 0 } shared ? paths with { SharedDataDirectory = Path.GetFullPath(shared) } : paths;
    }

    /// <summary>Finds the repository root by walking up from <paramref name="start"/> to the folder that holds NewsAlerts.sln.</summary>
    /// <exception cref="InvalidOperationException">No NewsAlerts.sln above the start folder.</exception>
    public static StackPaths Locate(string start, string? dataDirectory)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsAlerts.sln")))
            {
                var local = Path.Combine(dir.FullName, "infra", "local");
                var data = Path.GetFullPath(dataDirectory ?? Path.Combine(local, ".data"));
                return new StackPaths(dir.FullName, local, data);
            }
        }

        throw new InvalidOperationException(
            $"Cannot find the NewsAlerts repository (NewsAlerts.sln) above '{start}': the local stack's pinned tools live in its infra/local folder.");
    }

    /// <summary>Locates the repository from the current directory, falling back to the application's own folder.</summary>
    public static StackPaths Locate(string? dataDirectory)
    {
        try
        {
            return Locate(Directory.GetCurrentDirectory(), dataDirectory);
        }
        catch (InvalidOperationException)
        {
            return Locate(AppContext.BaseDirectory, dataDirectory);
        }
    }
}
