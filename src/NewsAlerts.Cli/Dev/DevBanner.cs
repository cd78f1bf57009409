namespace NewsAlerts.Cli.Dev;

using System.Text.Json;
using NewsAlerts.Cli.Stack;

/// <summary>What <c>newsalerts dev</c> shows once the stack and the host are up: the addresses, health and the demo.</summary>
public static class DevBanner
{
    /// <summary>Indented JSON for people (the health report, the <c>--once</c> summary).</summary>
    public static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Readable output for people: quotes and + stay as they are (this JSON is never embedded in HTML).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Where each part runs, by name (the keys of <c>urls</c> in <c>dev --once</c>'s summary).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Dictionary<string, string> Urls(Uri baseAddress, RunningStack stack)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentNullException.ThrowIfNull(stack);
        return new()
        {
            ["functions"] = new Uri(baseAddress, "api/").ToString(),
            ["health"] = new Uri(baseAddress, "api/health").ToString(),
            ["signUp"] = new Uri(baseAddress, "signup").ToString(),
            ["editorConsole"] = new Uri(baseAddress, "editor").ToString(),
            ["emailInbox"] = stack.SmtpInbox.ToString(),
            ["smsSink"] = new Uri(stack.SmsSink, "sink/messages").ToString(),
            ["smsReplies"] = new Uri(stack.SmsSink, "sink/inbound").ToString(),
            ["storage"] = stack.StorageConnectionString,
            ["dataDirectory"] = stack.Paths.DataDirectory,
            // The stack's feed server (its own process) serves the shared corpus and the demo newsroom.
            ["feedServer"] = stack.FeedServer.ToString(),
        };
    }

    /// <summary>
    /// The banner's line about the embedded sign-up (audit s45 gap 11): its address and the origins of
    /// <paramref name="embedOrigins"/> (<c>Pages:EmbedOrigins</c>) that may frame it, or, with none, how to set one.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUp"/> is null.</exception>
    public static string EmbedLine(string signUp, string? embedOrigins)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        var origins = NewsAlerts.Pages.Forms.Origins.Parse(embedOrigins, out _);
        return origins.Count == 0
            ? "  Embedded sign-up none: set Pages:EmbedOrigins=<your site> to try /signup?embed=1 in an iframe"
            : $"  Embedded sign-up {signUp}?embed=1 may be framed by {string.Join(' ', origins)}";
    }

    /// <summary>
    /// The banner: where each part runs (with <see cref="EmbedLine"/> for <paramref name="embedOrigins"/>), the health
    /// report, what the demo did, and how to stop.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="demo"/> and <paramref name="embedOrigins"/> is null.</exception>
    public static async Task WriteAsync(TextWriter output, IReadOnlyDictionary<string, string> urls, HealthProbe.Result health, DemoSummary? demo, string? embedOrigins = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(health);
        await output.WriteLineAsync();
        await output.WriteLineAsync("NewsAlerts is running locally");
        await output.WriteLineAsync($"  Functions        {urls["functions"]}");
        await output.WriteLineAsync($"  Health           {urls["health"]}");
        await output.WriteLineAsync($"  Sign-up page     {urls["signUp"]}");
        await output.WriteLineAsync(EmbedLine(urls["signUp"], embedOrigins));
        await output.WriteLineAsync($"  Editor console   {urls["editorConsole"]} (sign in with the editor key: LocalHost:FunctionKeys:default in local.settings.json)");
        await output.WriteLineAsync($"  Email inbox      {urls["emailInbox"]}");
        await output.WriteLineAsync($"  SMS sink         {urls["smsSink"]}");
        await output.WriteLineAsync($"  SMS replies      POST {urls["smsReplies"]} {{\"from\":\"+44…\",\"body\":\"STOP\"}}");
        await output.WriteLineAsync($"  Feed server      {urls["feedServer"]} (../shared/data/feeds; PUT /_control/feeds/<path> publishes, kept across restarts)");
        await output.WriteLineAsync($"  Data and logs    {urls["dataDirectory"]}");
        await output.WriteLineAsync();
        await output.WriteLineAsync($"Health ({health.StatusCode}):");
        await output.WriteLineAsync(JsonSerializer.Serialize(health.Body, Indented));
        await output.WriteLineAsync();
        if (demo is not null)
        {
            var reach = demo.Ingest.GetProperty("reach");
            await output.WriteLineAsync($"Demo: published {demo.ArticleId} as breaking news");
            await output.WriteLineAsync($"  {DemoExplanations.Matched(reach.GetProperty("matchedSubscribers").GetInt32(), demo.DemoSubscribersMatched, demo.Subscribers.Count)}; " +
                $"delivered {demo.EmailsDelivered} email(s) and {demo.SmsDelivered} SMS");
            var lines = DemoExplanations.Lines(
                demo.Ingest.GetProperty("samples"), reach.GetProperty("matchedSubscribers").GetInt32(), demo.Subscribers, demo.MatchedDemoSubscribers);
            foreach (var line in lines)
            {
                await output.WriteLineAsync(line);
            }

            await output.WriteLineAsync();
        }

        await output.WriteLineAsync("A line every 10 s below shows alerts/s per channel, queue lag and failures while alerts flow;");
        await output.WriteLineAsync("set OTEL_EXPORTER_OTLP_ENDPOINT to export traces and metrics to an OTLP collector.");
        await output.WriteLineAsync("Press Ctrl+C to stop; everything started here is stopped too.");
    }
}
