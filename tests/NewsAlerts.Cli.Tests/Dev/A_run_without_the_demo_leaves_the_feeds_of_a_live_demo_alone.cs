namespace NewsAlerts.Cli.Tests.Dev;

using System.Diagnostics;
using System.Text.Json;
using NewsAlerts.Cli.Dev;
using NewsAlerts.Cli.Stack;

/// <summary>
/// Trial s45 #8: a <c>dev --no-demo</c> started beside a running <c>dev</c> with the demo paused the demo feeds that run
/// uses, for the rest of its life. A run without the demo leaves them to a live run that runs the demo
/// (<see cref="DemoFeeds.RunUsingThem"/>), known from its record in <c>hosts/</c> (<see cref="DevHost.Demo"/>).
/// </summary>
public sealed class A_run_without_the_demo_leaves_the_feeds_of_a_live_demo_alone
{
    private const int Self = 4300;

    [Fact]
    public void Another_live_run_with_the_demo_keeps_them_polled_and_is_named()
    {
        var user = DemoFeeds.RunUsingThem([Host(4200, demo: false), Host(4100, demo: true), Host(Self, demo: false)], Self);

        Assert.Equal(4100, user?.Pid);
        Assert.Equal(
            "Feeds: the demo's feeds are left polled: the dev run of PID 4100 (http://127.0.0.1:4100/) runs the demo and uses them.",
            DemoFeeds.LeftAloneLine(user!));
    }

    [Fact]
    public void Without_another_run_with_the_demo_they_are_paused_as_before()
    {
        Assert.Null(DemoFeeds.RunUsingThem([Host(4200, demo: false), Host(Self, demo: true)], Self));
        Assert.Null(DemoFeeds.RunUsingThem([], Self));
    }

    [Fact]
    public void The_record_says_whether_the_run_has_the_demo_and_an_older_record_reads_without()
    {
        var folder = Directory.CreateTempSubdirectory("dev-hosts").FullName;
        try
        {
            DevHosts.Register(folder, new Uri("http://127.0.0.1:7071/"));
            Assert.False(Assert.Single(DevHosts.Live(folder)).Demo);

            // Registered again when the demo goes ahead: the same record, now saying so.
            DevHosts.Register(folder, new Uri("http://127.0.0.1:7071/"), demo: true);
            Assert.True(Assert.Single(DevHosts.Live(folder)).Demo);

            var path = Path.Combine(DevHosts.Folder(folder), $"{Environment.ProcessId}-7071.json");
            using (var document = JsonDocument.Parse(File.ReadAllText(path)))
            {
                var older = document.RootElement.EnumerateObject().Where(p => p.Name != "demo").ToDictionary(p => p.Name, p => p.Value.Clone());
                File.WriteAllText(path, JsonSerializer.Serialize(older));
            }

            Assert.False(Assert.Single(DevHosts.Live(folder)).Demo);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_killed_run_with_the_demo_no_longer_keeps_them()
    {
        var folder = Directory.CreateTempSubdirectory("dev-hosts").FullName;
        using var child = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        try
        {
            Directory.CreateDirectory(DevHosts.Folder(folder));
            var record = new DevHost(child.Id, ProcessIdentity.Read(child.Id)!, new Uri("http://127.0.0.1:7071/"), Demo: true);
            File.WriteAllText(Path.Combine(DevHosts.Folder(folder), $"{child.Id}-7071.json"), JsonSerializer.Serialize(record, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
            Assert.Equal(child.Id, DemoFeeds.RunUsingThem(DevHosts.Live(folder), Environment.ProcessId)?.Pid);

            child.Kill();
            Assert.True(child.WaitForExit(TimeSpan.FromSeconds(30)));

            Assert.Null(DemoFeeds.RunUsingThem(DevHosts.Live(folder), Environment.ProcessId));
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill();
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static DevHost Host(int pid, bool demo) => new(pid, new ProcessStart(1, DateTimeOffset.UnixEpoch, "dotnet"), new Uri($"http://127.0.0.1:{pid}/"), demo);
}
