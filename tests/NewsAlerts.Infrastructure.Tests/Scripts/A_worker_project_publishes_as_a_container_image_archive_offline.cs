namespace NewsAlerts.Infrastructure.Tests.Scripts;

using System.Formats.Tar;
using System.IO.Compression;
using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>
/// infra/image-archive.sh on a small probe project: the .NET SDK builds the image archive with no Docker and no internet
/// (the Dispatcher's own image is built and run by <see cref="The_dispatcher_image_runs_offline"/>).
/// </summary>
public sealed class A_worker_project_publishes_as_a_container_image_archive_offline : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsalerts-image-probe-").FullName;

    [Fact]
    public async Task Publish_container_writes_an_archive_with_the_app_in_a_layer()
    {
        File.WriteAllText(Path.Combine(_folder, "Probe.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerRepository>newsalerts-probe</ContainerRepository>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_folder, "Program.cs"), "System.Console.WriteLine(\"probe\");\n");
        var archive = Path.Combine(_folder, "out", "probe.tar");
        DebianTools.Ensure();

        var result = await ProcessRunner.RunAsync(
            "bash", [Path.Combine(Repository.Infra, "image-archive.sh"), "--project", _folder, "--output", archive],
            timeout: ImageBuild.Timeout);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Contains(Entries(archive), e => e == "manifest.json");
        Assert.Contains(Entries(archive).Where(e => e.EndsWith("/layer.tar", StringComparison.Ordinal)), layer => LayerHolds(archive, layer, "app/Probe.dll"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<string> Entries(string archive)
    {
        using var reader = new TarReader(File.OpenRead(archive));
        var names = new List<string>();
        while (reader.GetNextEntry() is { } entry)
        {
            names.Add(entry.Name);
        }

        return names;
    }

    private static bool LayerHolds(string archive, string layer, string file)
    {
        using var reader = new TarReader(File.OpenRead(archive));
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.Name == layer && entry.DataStream is { } data)
            {
                // The SDK writes each layer gzip-compressed, under the name layer.tar.
                using var inner = new TarReader(new GZipStream(data, CompressionMode.Decompress));
                while (inner.GetNextEntry() is { } content)
                {
                    if (content.Name.TrimStart('.', '/') == file)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
