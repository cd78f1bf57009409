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
    /// (the sink may outlive one host, so this is set at run time rather than at the sink's start).
    /// </summary>
    /// <exception cref="HttpRequestException">The sink refused it or could not be reached.</exception>
    public async Task SendRepliesToAsync(Uri host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var response = await http.PutAsJsonAsync("sink/inbound-webhook", new { url = new Uri(host, "api/twilio/inbound") }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    private async Task<List<JsonElement>> OutboundAsync(CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri("sink/messages", UriKind.Relative), cancellationToken));
        var items = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement : document.RootElement.GetProperty("messages");
        return [.. items.EnumerateArray().Where(m => m.GetProperty("direction").GetString() == "outbound-api").Select(m => m.Clone())];
    }
}
