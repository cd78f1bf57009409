namespace NewsAlerts.Cli.Tests.Dev;

using System.Diagnostics;
using System.Text.Json;
using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Cli.Dev;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Testing;

/// <summary>
/// With real processes and Azurite: a run (a child process answering HTTP, recorded in <c>hosts/</c> as a <c>dev</c> is)
/// subscribed a feed at the hub with its own callback and is killed with SIGKILL. The live run's
/// <see cref="CallbacksWatch"/> removes the subscription and makes the feed due now, so its next poll subscribes again
/// with a live callback; while the run lived, its subscription stayed.
/// </summary>
public sealed class A_feed_subscribed_by_a_killed_run_is_polled_and_subscribed_again
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_subscription_of_a_killed_run_is_reset_and_its_feed_is_due_now()
    {
        var stack = await SharedStack.GetAsync();
        // Tables of their own: the watch resets every dead callback it sees, and other tests' callbacks are not this one's.
        var tables = new TableSet(new TableServiceClient(stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("cb") }));
        var feeds = new TableFeedStore(tables);
        var webSub = new TableWebSubStore(tables);
        var folder = Directory.CreateTempSubdirectory("dev-hosts").FullName;
        var secondPort = Ports.FindFree();
        var secondHost = new Uri($"http://127.0.0.1:{secondPort}/");
        using var second = Process.Start(new ProcessStartInfo(
            "node", ["-e", $"require('http').createServer((q, s) => s.end('second')).listen({secondPort}, '127.0.0.1')"]) { UseShellExecute = false })!;
        var log = new StringWriter();
        try
        {
            await Polling.UntilAsync(() => Ports.IsListeningAsync(secondPort, CancellationToken.None), "the second run answers", Deadline);
            var record = DevHosts.Register(folder, new Uri($"http://127.0.0.1:{Ports.FindFree()}/"));
            File.WriteAllText(
                Path.Combine(DevHosts.Folder(folder), $"{second.Id}-{secondPort}.json"),
                JsonSerializer.Serialize(new DevHost(second.Id, ProcessIdentity.Read(second.Id)!, secondHost), new JsonSerializerOptions(JsonSerializerDefaults.Web)));
            var now = DateTimeOffset.UtcNow;
            var url = new Uri($"http://127.0.0.1:5095/demo/{Guid.NewGuid():N}.xml");
            var id = NewsAlerts.Core.Identity.SortableId.New(now);
            var registration = new FeedRegistration(id, url, TimeSpan.FromMinutes(1), 2, "en", "Demo Newsroom", new Dictionary<string, string>(), false, now);
            Assert.Null(await feeds.AddAsync(registration, FeedState.New(url, now) with { Health = FeedHealth.New(now.AddHours(1)), Primed = true }, CancellationToken.None));
            await webSub.SaveAsync(
                new WebSubSubscription(id, new Uri("http://127.0.0.1:5095/_hub"), url, new Uri(secondHost, $"api/websub/{id}?state=s"), "secret",
                    now.AddHours(-1), false, now.AddDays(9), 864_000, null, LastPushAt: now.AddHours(-1), State: "s"),
                CancellationToken.None);

            await using (var watch = CallbacksWatch.Start(webSub, feeds, folder, TextWriter.Synchronized(log), TimeSpan.FromMilliseconds(200)))
            {
                // While the run that subscribed lives, its subscription stays, however often the live run looks.
                await Polling.UntilAsync(() => Task.FromResult(watch.Looks >= 3), "the watch looked three times", Deadline);
                Assert.NotNull(await webSub.GetAsync(id, CancellationToken.None));

                second.Kill();
                Assert.True(second.WaitForExit(Deadline));

                await Polling.UntilAsync(async () => await webSub.GetAsync(id, CancellationToken.None) is null, "the dead run's subscription is removed", Deadline);
                // The reset goes on after the delete (the feed made due, the line written): waited for before the watch stops (review of s45).
                await Polling.UntilAsync(() => Task.FromResult(log.ToString().Contains($"feed {id}: its WebSub callback", StringComparison.Ordinal)), "the watch to say it reset the feed", Deadline);
            }

            Assert.Contains(await feeds.DueAsync(DateTimeOffset.UtcNow.AddSeconds(1), 1000, CancellationToken.None), d => d.Registration.Id == id);
            Assert.Contains($"feed {id}: its WebSub callback {secondHost}api/websub/{id} refuses connections", log.ToString(), StringComparison.Ordinal);
            DevHosts.Forget(record);
        }
        finally
        {
            if (!second.HasExited)
            {
                second.Kill();
            }

            Directory.Delete(folder, recursive: true);
        }
    }
}
