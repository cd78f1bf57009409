namespace NewsAlerts.Cli.Tests.Dev;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsAlerts.Cli.Dev;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// Trial s45 #10, with real processes: a second run (a child process answering HTTP, recorded in <c>hosts/</c> as a
/// <c>dev</c> is) holds the SMS sink's replies and is killed with SIGKILL, so it never hands them back. The live run's
/// <see cref="RepliesWatch"/> takes them, says so, and a subscriber's STOP sent through the real sink reaches it.
/// </summary>
public sealed class Replies_come_back_to_a_live_run_when_the_run_holding_them_is_killed
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_stop_reaches_the_live_run_after_the_run_holding_the_replies_is_killed()
    {
        var options = SharedStack.PrivateOptions();
        options.Services = StackServices.SmsSink;
        var paths = StackPaths.Locate(AppContext.BaseDirectory, options.DataDirectory);
        var stack = await LocalStack.StartAsync(options, paths, TextWriter.Null, CancellationToken.None);
        var folder = Directory.CreateTempSubdirectory("dev-hosts").FullName;
        var ownPort = Ports.FindFree();
        var ownHost = new Uri($"http://127.0.0.1:{ownPort}/");
        var secondPort = Ports.FindFree();
        var secondHost = new Uri($"http://127.0.0.1:{secondPort}/");
        using var listener = new HttpListener();
        listener.Prefixes.Add(ownHost.AbsoluteUri);
        listener.Start();
        var received = new ConcurrentQueue<string>();
        var serving = ServeAsync(listener, received);
        using var second = Process.Start(new ProcessStartInfo(
            "node", ["-e", $"require('http').createServer((q, s) => s.end('second')).listen({secondPort}, '127.0.0.1')"]) { UseShellExecute = false })!;
        var log = new StringWriter();
        try
        {
            await Polling.UntilAsync(() => Ports.IsListeningAsync(secondPort, CancellationToken.None), "the second run answers", Deadline);
            var record = DevHosts.Register(folder, ownHost);
            Directory.CreateDirectory(DevHosts.Folder(folder));
            File.WriteAllText(
                Path.Combine(DevHosts.Folder(folder), $"{second.Id}-{secondPort}.json"),
                JsonSerializer.Serialize(new DevHost(second.Id, ProcessIdentity.Read(second.Id)!, secondHost), new JsonSerializerOptions(JsonSerializerDefaults.Web)));
            using var sink = new SmsSinkInbox(stack.SmsSink);
            await sink.SendRepliesToAsync(ownHost, CancellationToken.None);
            await sink.SendRepliesToAsync(secondHost, CancellationToken.None);
            var secondWebhook = new Uri(secondHost, "api/twilio/inbound");

            await using (var watch = RepliesWatch.Start(stack.SmsSink, folder, ownHost, TextWriter.Synchronized(log), TimeSpan.FromMilliseconds(200)))
            {
                // While the second run lives, its replies stay with it, however often the live run looks.
                await Polling.UntilAsync(() => Task.FromResult(watch.Looks >= 3), "the watch looked three times", Deadline);
                Assert.Equal(secondWebhook, await sink.RepliesGoToAsync(CancellationToken.None));
                Assert.Equal(0, watch.Taken);

                second.Kill();
                Assert.True(second.WaitForExit(Deadline));

                await Polling.UntilAsync(async () => await sink.RepliesGoToAsync(CancellationToken.None) == new Uri(ownHost, "api/twilio/inbound"), "the live run takes the replies", Deadline);
                // The sink names the new webhook before the watch counts it (review of s45): the count is waited for.
                await Polling.UntilAsync(() => Task.FromResult(watch.Taken == 1 && log.ToString().Contains("which refuses connections", StringComparison.Ordinal)), "the watch to count and say the takeover", Deadline);
                Assert.Equal(1, watch.Taken);
            }

            Assert.Contains($"replies went to {secondWebhook}, which refuses connections", log.ToString(), StringComparison.Ordinal);
            using var http = new HttpClient { BaseAddress = stack.SmsSink };
            using var answer = await http.PostAsJsonAsync("sink/inbound", new { from = "+447400333444", body = "STOP" });
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var form = Assert.Single(received);
            Assert.Contains("Body=STOP", form, StringComparison.Ordinal);
            Assert.Contains("From=%2B447400333444", form, StringComparison.Ordinal);
            DevHosts.Forget(record);
        }
        finally
        {
            if (!second.HasExited)
            {
                second.Kill();
            }

            listener.Stop();
            await serving;
            await LocalStack.StopAsync(paths, stack.Started, CancellationToken.None);
            Directory.Delete(folder, recursive: true);
        }
    }

    // The live run's webhook: records each form posted to it and answers 200.
    private static async Task ServeAsync(HttpListener listener, ConcurrentQueue<string> received)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using (var reader = new StreamReader(context.Request.InputStream))
            {
                received.Enqueue(await reader.ReadToEndAsync());
            }

            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
