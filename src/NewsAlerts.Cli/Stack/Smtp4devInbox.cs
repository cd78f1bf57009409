namespace NewsAlerts.Cli.Stack;

using System.Text.Json;
using MimeKit;

/// <summary>Reads messages back from smtp4dev's HTTP API and parses them with MimeKit.</summary>
public sealed class Smtp4devInbox(Uri baseUri) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = baseUri };

    /// <summary>Waits until a message to <paramref name="recipient"/> arrives; returns it parsed from its raw source.</summary>
    public async Task<MimeMessage> WaitForAsync(string recipient, CancellationToken cancellationToken)
    {
        string? id = null;
        await Polling.UntilAsync(async () => (id = await FindAsync(recipient, cancellationToken)) is not null, $"an email to {recipient} arrives", TimeSpan.FromSeconds(30), cancellationToken);
        await using var raw = await http.GetStreamAsync(new Uri($"api/messages/{id}/raw", UriKind.Relative), cancellationToken);
        return await MimeMessage.LoadAsync(raw, cancellationToken);
    }

    /// <summary>How many messages to <paramref name="recipient"/> smtp4dev holds.</summary>
    public async Task<int> CountAsync(string recipient, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).Count(m => Mentions(m, recipient));

    /// <summary>Every message to <paramref name="recipient"/>, oldest first, parsed from its raw source.</summary>
    public async Task<IReadOnlyList<MimeMessage>> ListMessagesAsync(string recipient, CancellationToken cancellationToken)
    {
        var messages = new List<MimeMessage>();
        foreach (var id in (await ListAsync(cancellationToken)).Where(m => Mentions(m, recipient)).Select(m => m.GetProperty("id").ToString()).Reverse())
        {
            await using var raw = await http.GetStreamAsync(new Uri($"api/messages/{id}/raw", UriKind.Relative), cancellationToken);
            messages.Add(await MimeMessage.LoadAsync(raw, cancellationToken));
        }

        return messages;
    }

    /// <summary>
    /// How many messages whose subject contains <paramref name="subject"/> carry <paramref name="header"/> with
    /// <paramref name="value"/> (the alerts of one story: <c>X-NewsAlerts-Story</c>), whoever they went to.
    /// </summary>
    public async Task<int> CountWithHeaderAsync(string subject, string header, string value, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var summary in (await ListAsync(cancellationToken)).Where(m => m.TryGetProperty("subject", out var s) && (s.GetString() ?? string.Empty).Contains(subject, StringComparison.Ordinal)))
        {
            await using var raw = await http.GetStreamAsync(new Uri($"api/messages/{summary.GetProperty("id")}/raw", UriKind.Relative), cancellationToken);
            count += (await MimeMessage.LoadAsync(raw, cancellationToken)).Headers[header] == value ? 1 : 0;
        }

        return count;
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    private async Task<string?> FindAsync(string recipient, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).Where(m => Mentions(m, recipient)).Select(m => m.GetProperty("id").ToString()).FirstOrDefault();

    private async Task<List<JsonElement>> ListAsync(CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri("api/messages?pageSize=1000", UriKind.Relative), cancellationToken));
        var root = document.RootElement;
        // smtp4dev 3.x answers a page object ({ results: [...] }); older versions a bare array.
        var items = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("results");
        return items.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static bool Mentions(JsonElement message, string recipient) =>
        message.GetRawText().Contains(recipient, StringComparison.OrdinalIgnoreCase);
}
