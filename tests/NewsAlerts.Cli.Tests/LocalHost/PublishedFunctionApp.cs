namespace NewsAlerts.Cli.Tests.LocalHost;

using System.Diagnostics;
using NewsAlerts.Testing;

/// <summary>Publishes the Function App once per test run (no build: the test run already built it) to a temporary folder.</summary>
public sealed class PublishedFunctionApp : IAsyncLifetime
{
    /// <summary>The publish folder.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "newsalerts-publish", Guid.NewGuid().ToString("N"));

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var root = RepositoryRoot.Find();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Debug"
            : "Release";
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "publish", "src/NewsAlerts.Functions/NewsAlerts.Functions.csproj", "-c", configuration, "--no-build", "-o", Folder, "-nologo" })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet publish failed:\n{await output}\n{await error}");
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
