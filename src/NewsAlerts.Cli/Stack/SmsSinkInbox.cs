namespace NewsAlerts.Cli.Stack;

using System.Net.Http.Json;
using System.Text.Json;

/// <summary>Reads what the SMS sink received, through its <c>GET /sink/messages</c>.</summary>
public sealed class SmsSinkInbox(Uri sinkBaseUri) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = sinkBaseUri };

    /// <summary>The outbound messages to <paramref name="to"/>, oldest first.</summary>
    public async Task<IReadOnlyList<JsonElement>> MessagesToAsync(string to, CancellationToken cancellationToken) =>
        [.. (await OutboundAsync(cancellationToken)).Where(m => m.GetProperty("to").GetString() == to)];

    /// <summary>How many outbound messages, to anyone, contain <paramref name="text"/> (one story's short link: its alerts).</summary>
    public async Task<int> CountContainingAsync(string text, CancellationToken cancellationToken) =>
        (await OutboundAsync(cancellationToken)).Count(m => (m.GetProperty("body").GetString() ?? string.Empty).Contains(text, StringComparison.Ordinal));

    /// <summary>Waits until at least one message to <paramref name="to"/> arrived and returns them.</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForAsync(string to, CancellationToken cancellationToken)
    {
        IReadOnlyList<JsonElement> messages = [];
        await Polling.UntilAsync(async () => (messages = await MessagesToAsync(to, cancellationToken)).Count > 0, $"an SMS to {to} arrives", TimeSpan.FromSeconds(30), cancellationToken);
        return messages;
    }

    /// <summary>
    /// Points the sink's <c>POST /sink/inbound</c> replies at <paramref name="host"/>'s <c>api/twilio/inbound</c> webhook
    /// (the sink may outlive one host, so this is set at run time rather than at the sink's start), and returns the
    /// webhook it replaced (null when none was set), for <see cref="HandRepliesBackAsync"/> when this host stops.
    /// </summary>
    /// <exception cref="HttpRequestException">The sink refused it or could not be reached.</exception>
    public async Task<Uri?> SendRepliesToAsync(Uri host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var previous = await RepliesGoToAsync(cancellationToken);
        using var response = await http.PutAsJsonAsync("sink/inbound-webhook", new { url = Webhook(host) }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return previous == Webhook(host) ? null : previous;
    }

    /// <summary>
    /// When <paramref name="host"/> stops: if the sink's replies still go to its webhook, points them back at
    /// <paramref name="previous"/> (the run it took them from, which may still be running: a second <c>dev</c> that
    /// reused the first one's sink and ended left STOP replies going nowhere, the s41 trial's #1). Replies taken over by
    /// a later run, or with no earlier webhook to return to, are left as they are.
    /// </summary>
    /// <returns>Whether the replies were handed back.</returns>
    /// <exception cref="HttpRequestException">The sink refused it or could not be reached.</exception>
    public async Task<bool> HandRepliesBackAsync(Uri host, Uri? previous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (previous is null || await RepliesGoToAsync(cancellationToken) != Webhook(host))
        {
            return false;
        }

        using var response = await http.PutAsJsonAsync("sink/inbound-webhook", new { url = previous }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return true;
    }

    /// <summary>Where the sink's replies go now (<c>GET /sink/inbound-webhook</c>), or null when nowhere.</summary>
    /// <exception cref="HttpRequestException">The sink could not be reached.</exception>
    public async Task<Uri?> RepliesGoToAsync(CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri("sink/inbound-webhook", UriKind.Relative), cancellationToken));
        return document.RootElement.TryGetProperty("url", out var url) && url.GetString() is { } text ? new Uri(text) : null;
    }

    private static Uri Webhook(Uri host) => new(host, "api/twilio/inbound");

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    private async Task<List<JsonElement>> OutboundAsync(CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri("sink/messages", UriKind.Relative), cancellationToken));
        var items = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement : document.RootElement.GetProperty("messages");
        return [.. items.EnumerateArray().Where(m => m.GetProperty("direction").GetString() == "outbound-api").Select(m => m.Clone())];
    }
}
