namespace NewsAlerts.Cli.Tests.Stack;

using System.Text.Json;
using NewsAlerts.Cli.Commands;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

public sealed class Dev_once_reports_health_and_stops_what_it_started
{
    [Fact]
    public async Task Dev_once_runs_the_demo_to_delivery_prints_a_healthy_report_and_the_urls_then_leaves_no_process()
    {
        var options = SharedStack.PrivateOptions();
        var output = new StringWriter();
        var errors = new StringWriter();
        string[] arguments =
        [
            "--once", "--LocalHost:Port=0", $"--Stack:DataDirectory={options.DataDirectory}",
            "--Stack:Azurite:BlobPort=0", "--Stack:Azurite:QueuePort=0", "--Stack:Azurite:TablePort=0",
            "--Stack:Smtp4dev:SmtpPort=0", "--Stack:Smtp4dev:WebPort=0", "--Stack:Smtp4dev:ImapPort=0", "--Stack:Smtp4dev:Pop3Port=0",
            "--Stack:ServiceBus:Port=0", "--Stack:SmsSink:Port=0", "--Stack:FeedServer:Port=0",
        ];

        var exitCode = await new DevCommand().RunAsync(arguments, new CliConsole(output, errors), CancellationToken.None);

        Assert.True(output.ToString().Length > 0, $"dev printed no report; errors: {errors}");
        using var summary = JsonDocument.Parse(output.ToString());
        var dependencies = summary.RootElement.GetProperty("health").GetProperty("dependencies").EnumerateArray().ToList();
        Assert.Equal(0, exitCode);
        Assert.Equal(200, summary.RootElement.GetProperty("healthStatusCode").GetInt32());
        Assert.True(dependencies.Single(d => d.GetProperty("name").GetString() == "tableStorage").GetProperty("reachable").GetBoolean());
        Assert.True(dependencies.Single(d => d.GetProperty("name").GetString() == "serviceBus").GetProperty("reachable").GetBoolean());
        Assert.StartsWith("http://127.0.0.1:", summary.RootElement.GetProperty("urls").GetProperty("health").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/signup", summary.RootElement.GetProperty("urls").GetProperty("signUp").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/editor", summary.RootElement.GetProperty("urls").GetProperty("editorConsole").GetString(), StringComparison.Ordinal);
        var demo = summary.RootElement.GetProperty("demo");
        Assert.Equal(1, demo.GetProperty("emailsDelivered").GetInt32());
        // The digest subscriber's story waits for their digest (shown later by an interactive session), not counted here.
        Assert.Single(demo.GetProperty("subscribers").EnumerateArray(), s => s.GetProperty("digestDueAt").ValueKind == JsonValueKind.String);
        Assert.Equal(1, demo.GetProperty("smsDelivered").GetInt32());
        Assert.Equal("NewStory", demo.GetProperty("ingest").GetProperty("decision").GetString());
        // POST /sink/inbound without a webhook URL reaches the dev host: the answer to HELP says how to stop.
        Assert.Contains("STOP", demo.GetProperty("helpReply").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", summary.RootElement.GetProperty("urls").GetProperty("emailInbox").GetString(), StringComparison.Ordinal);
        // The local feed server's demo newsroom and two corpus feeds are registered through /api/feeds.
        Assert.Equal(3, summary.RootElement.GetProperty("feeds").EnumerateObject().Count());
        Assert.StartsWith("http://127.0.0.1:", summary.RootElement.GetProperty("urls").GetProperty("feedServer").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(StackState.Load(options.DataDirectory!), ServiceProcess.IsAlive);
    }
}
