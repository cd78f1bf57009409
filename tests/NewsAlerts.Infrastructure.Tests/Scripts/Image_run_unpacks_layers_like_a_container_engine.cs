namespace NewsAlerts.Infrastructure.Tests.Scripts;

using System.Formats.Tar;
using System.Text;
using System.Text.Json.Nodes;
using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>
/// infra/image-run.sh on an image made of the Dispatcher image's layers plus one more that deletes files (whiteouts):
/// the upper layer's whiteouts hide what lower layers hold, user names resolve through the image's /etc/passwd, and
/// --entrypoint and arguments replace the image's own, as with docker run.
/// </summary>
[Collection(DispatcherImage.Collection)]
public sealed class Image_run_unpacks_layers_like_a_container_engine(DispatcherImage image) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsalerts-image-run-").FullName;

    [Fact]
    public async Task Whiteouts_hide_lower_files_and_named_users_resolve()
    {
        Assert.True(image.Build.ExitCode == 0, image.Build.AllOutput);
        var archive = WithWhiteoutLayer();

        var run = await ProcessRunner.RunAsync(
            "bash",
            [
                Path.Combine(Repository.Infra, "image-run.sh"), "--archive", archive, "--entrypoint", "/bin/sh", "--",
                "-c", "id -u; pwd; for f in /app/NewsAlerts.Dispatcher.dll /app/NewsAlerts.Core.dll /etc/hostname /etc/passwd; do if [ -e $f ]; then echo present $f; else echo gone $f; fi; done; ls /usr/share/doc",
            ],
            timeout: TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode == 0, run.AllOutput);
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("1654", lines[0]);
        Assert.Equal("/srv", lines[1]);
        Assert.Equal(
            ["gone /app/NewsAlerts.Dispatcher.dll", "present /app/NewsAlerts.Core.dll", "gone /etc/hostname", "present /etc/passwd", "only-this"],
            lines[2..]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A copy of the Dispatcher archive with a whiteout layer on top, user 'app' and working directory /srv.</summary>
    private string WithWhiteoutLayer()
    {
        var path = Path.Combine(_folder, "whiteouts.tar");
        var upper = new MemoryStream();
        using (var layer = new TarWriter(upper, TarEntryFormat.Pax, leaveOpen: true))
        {
            layer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "./etc/.wh.hostname") { DataStream = new MemoryStream() });
            layer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "./app/.wh.NewsAlerts.Dispatcher.dll") { DataStream = new MemoryStream() });
            layer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "./usr/share/doc/.wh..wh..opq") { DataStream = new MemoryStream() });
            layer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "./usr/share/doc/only-this") { DataStream = new MemoryStream() });
        }

        var config = (JsonObject)JsonNode.Parse(image.Config().GetRawText())!;
        config["config"]!["User"] = "app";
        config["config"]!["WorkingDir"] = "/srv";
        var manifest = JsonNode.Parse(File.ReadAllText(ExtractManifest()))!.AsArray();
        var layers = manifest[0]!["Layers"]!.AsArray();
        layers.Add("whiteouts/layer.tar");
        manifest[0]!["Config"] = "whiteouts.json";

        using var output = new TarWriter(File.Create(path), TarEntryFormat.Pax);
        using (var reader = new TarReader(File.OpenRead(image.Archive)))
        {
            while (reader.GetNextEntry() is { } entry)
            {
                if (entry.Name.EndsWith("/layer.tar", StringComparison.Ordinal))
                {
                    output.WriteEntry(entry);
                }
            }
        }

        upper.Position = 0;
        output.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "whiteouts/layer.tar") { DataStream = upper });
        output.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "whiteouts.json") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(config.ToJsonString())) });
        output.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "manifest.json") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(manifest.ToJsonString())) });
        return path;
    }

    private string ExtractManifest()
    {
        var path = Path.Combine(_folder, "manifest.json");
        using var reader = new TarReader(File.OpenRead(image.Archive));
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.Name == "manifest.json")
            {
                entry.ExtractToFile(path, overwrite: true);
            }
        }

        return path;
    }
}
