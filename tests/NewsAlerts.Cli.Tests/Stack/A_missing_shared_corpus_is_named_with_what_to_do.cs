namespace NewsAlerts.Cli.Tests.Stack;

using NewsAlerts.Cli.Commands;
using NewsAlerts.Testing;

/// <summary>
/// Trial r41 #12: a fresh clone not beside <c>shared/</c> built for two minutes and then stopped with the feed server's
/// own "--root '…/shared/data/feeds' is not a folder" out of its log, which says nothing of what to do. The start now
/// stops before launching anything, with one line naming the folder it looked for, the layout and the setting; the
/// setting picks another folder.
/// </summary>
public sealed class A_missing_shared_corpus_is_named_with_what_to_do : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "newsalerts-tests", $"shared-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_start_without_the_feed_folder_stops_with_one_line_naming_the_folder_the_layout_and_the_setting()
    {
        var missing = Path.Combine(data, "no-shared", "data");
        var output = new StringWriter();
        var errors = new StringWriter();

        var exitCode = await new StackCommand().RunAsync(
            ["start", "--Stack:Services=FeedServer", "--Stack:FeedServer:Port=0", $"--Stack:DataDirectory={data}", $"--Stack:SharedDataDirectory={missing}"],
            new CliConsole(output, errors),
            CancellationToken.None);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains($"'{Path.Combine(missing, "feeds")}' is not a folder", line, StringComparison.Ordinal);
        Assert.Contains("beside the 'shared' folder", line, StringComparison.Ordinal);
        Assert.Contains("--Stack:SharedDataDirectory=", line, StringComparison.Ordinal);
        Assert.DoesNotContain("feedserver: started", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_setting_points_the_feed_server_at_another_folder()
    {
        var shared = Path.Combine(data, "elsewhere");
        Directory.CreateDirectory(Path.Combine(shared, "feeds"));
        await File.WriteAllTextAsync(Path.Combine(shared, "feeds", "probe.xml"), "<rss version=\"2.0\"><channel><title>probe</title></channel></rss>");
        var output = new StringWriter();
        try
        {
            var exitCode = await new StackCommand().RunAsync(
                ["start", "--Stack:Services=FeedServer", "--Stack:FeedServer:Port=0", $"--Stack:DataDirectory={data}", $"--Stack:SharedDataDirectory={shared}"],
                new CliConsole(output, new StringWriter()),
                CancellationToken.None);

            Assert.True(exitCode == 0, output.ToString());
            var feedServer = output.ToString().Split('\n').Single(l => l.Contains("Feed server", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[2];
            using var http = new HttpClient();
            Assert.Contains("<title>probe</title>", await http.GetStringAsync(new Uri(new Uri(feedServer), "probe.xml")), StringComparison.Ordinal);
        }
        finally
        {
            await new StackCommand().RunAsync(["stop", $"--Stack:DataDirectory={data}"], new CliConsole(TextWriter.Null, TextWriter.Null), CancellationToken.None);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
