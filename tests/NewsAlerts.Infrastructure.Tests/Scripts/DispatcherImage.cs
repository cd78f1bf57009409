namespace NewsAlerts.Infrastructure.Tests.Scripts;

using System.Formats.Tar;
using System.Text.Json;
using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>
/// The Dispatcher's image archive, built once for the tests of <see cref="Collection"/> by infra/image-archive.sh as CI
/// builds it (one build: two publishes of the same project at once would share its obj folder).
/// </summary>
public sealed class DispatcherImage : IAsyncLifetime
{
    /// <summary>The test collection that shares one build.</summary>
    public const string Collection = "Dispatcher image";

    private readonly string _folder = Directory.CreateTempSubdirectory("newsalerts-dispatcher-image-").FullName;

    /// <summary>The archive (docker save format).</summary>
    public string Archive => Path.Combine(_folder, "dispatcher.tar");

    /// <summary>What image-archive.sh printed and returned.</summary>
    public ProcessResult Build { get; private set; } = new(-1, string.Empty, "not built");

    public async Task InitializeAsync()
    {
        DebianTools.Ensure();
        Build = await ProcessRunner.RunAsync(
            "bash",
            [
                Path.Combine(Repository.Infra, "image-archive.sh"), "--project", Path.Combine(Repository.Root, "src", "NewsAlerts.Dispatcher"),
                "--output", Archive, "--", "--os", "linux", "--arch", "x64",
            ],
            timeout: ImageBuild.Timeout);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The image config named by the archive's manifest.</summary>
    public JsonElement Config()
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var reader = new TarReader(File.OpenRead(Archive)))
        {
            while (reader.GetNextEntry() is { } entry)
            {
                if (entry.Name.EndsWith(".json", StringComparison.Ordinal) && entry.DataStream is { } data)
                {
                    using var copy = new MemoryStream();
                    data.CopyTo(copy);
                    files[entry.Name] = copy.ToArray();
                }
            }
        }

        using var manifest = JsonDocument.Parse(files["manifest.json"]);
        using var config = JsonDocument.Parse(files[manifest.RootElement[0].GetProperty("Config").GetString()!]);
        return config.RootElement.Clone();
    }
}

/// <summary>The tests that share one <see cref="DispatcherImage"/>.</summary>
[CollectionDefinition(DispatcherImage.Collection)]
public sealed class DispatcherImageCollection : ICollectionFixture<DispatcherImage>;
