namespace NewsAlerts.Testing;

/// <summary>Finds folders relative to the repository, from wherever the tests run.</summary>
public static class RepositoryRoot
{
    /// <summary>The folder that holds NewsAlerts.sln.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsAlerts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No NewsAlerts.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The shared data folder beside the repository (<c>../shared/data</c>).</summary>
    public static string SharedData() => Path.GetFullPath(Path.Combine(Find(), "..", "shared", "data"));
}
