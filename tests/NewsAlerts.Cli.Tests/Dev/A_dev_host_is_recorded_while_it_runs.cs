namespace NewsAlerts.Cli.Tests.Dev;

using System.Text.Json;
using NewsAlerts.Cli.Dev;
using NewsAlerts.Cli.Stack;

/// <summary>
/// A second <c>dev</c> finds where the run that started the stack answers (<see cref="AlertLinkHost"/>) through the
/// records in the data folder's <c>hosts/</c>: a live run's host is found, a killed run's record counts for nothing and is
/// removed, and a run's own record goes when it stops.
/// </summary>
public sealed class A_dev_host_is_recorded_while_it_runs
{
    [Fact]
    public void A_live_runs_host_is_found_until_it_is_forgotten()
    {
        var folder = Directory.CreateTempSubdirectory("dev-hosts").FullName;
        try
        {
            var record = DevHosts.Register(folder, new Uri("http://127.0.0.1:7071/"));

            var live = Assert.Single(DevHosts.Live(folder));
            Assert.Equal((Environment.ProcessId, new Uri("http://127.0.0.1:7071/")), (live.Pid, live.PublicBaseUrl));

            DevHosts.Forget(record);
            Assert.Empty(DevHosts.Live(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_record_whose_process_is_gone_counts_for_nothing_and_is_removed()
    {
        var folder = Directory.CreateTempSubdirectory("dev-hosts").FullName;
        try
        {
            // This process's PID with another start: a PID recycled after the run that wrote it was killed.
            var gone = new DevHost(Environment.ProcessId, new ProcessStart(1, DateTimeOffset.UnixEpoch, "dotnet"), new Uri("http://127.0.0.1:7072/"));
            Directory.CreateDirectory(DevHosts.Folder(folder));
            var path = Path.Combine(DevHosts.Folder(folder), $"{Environment.ProcessId}-7072.json");
            File.WriteAllText(path, JsonSerializer.Serialize(gone, new JsonSerializerOptions(JsonSerializerDefaults.Web)));

            Assert.Empty(DevHosts.Live(folder));
            Assert.False(File.Exists(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
