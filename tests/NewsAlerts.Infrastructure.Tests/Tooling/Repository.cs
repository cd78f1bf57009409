namespace NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>Paths in the repository, found from wherever the tests run.</summary>
public static class Repository
{
    /// <summary>The folder that holds NewsAlerts.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The <c>infra/</c> folder.</summary>
    public static string Infra => Path.Combine(Root, "infra");

    private static string FindRoot()
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
}
