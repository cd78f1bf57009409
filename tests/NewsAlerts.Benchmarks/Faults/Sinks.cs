namespace NewsAlerts.Benchmarks.Faults;

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>
/// The two provider stand-ins read back and cleared through their HTTP APIs: smtp4dev (<c>api/messages</c>) and the
/// SMS sink (<c>sink/messages</c>, <c>sink/faults</c>). An alert is counted by its recipient and the article's tag in
/// its subject or text.
/// </summary>
internal sealed class Sinks(Uri smtpInbox, Uri smsSink, Population population) : IDisposable
{
    private const int PageSize = 2000;
    private readonly HttpClient smtp = new() { BaseAddress = smtpInbox, Timeout = TimeSpan.FromMinutes(5) };
    private readonly HttpClient sms = new() { BaseAddress = smsSink, Timeout = TimeSpan.FromMinutes(5) };

    /// <summary>Deletes every message from both sinks and clears the SMS sink's faults.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        using (var emails = await smtp.DeleteAsync(new Uri("api/messages/*", UriKind.Relative), cancellationToken))
        {
            emails.EnsureSuccessStatusCode();
        }

        using (var texts = await sms.DeleteAsync(new Uri("sink/messages", UriKind.Relative), cancellationToken))
        {
            texts.EnsureSuccessStatusCode();
        }

        using (var faults = await sms.DeleteAsync(new Uri("sink/faults", UriKind.Relative), cancellationToken))
        {
            faults.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Makes the SMS sink answer <paramref name="status"/> to the next <paramref name="count"/> sends.</summary>
    public async Task SmsFaultAsync(int status, int count, int? retryAfterSeconds, CancellationToken cancellationToken)
    {
        using var response = await sms.PostAsJsonAsync("sink/faults", new { status, count, retryAfterSeconds }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Counts the alerts carrying <paramref name="tag"/> in both sinks.</summary>
    public async Task<SinkCounts> CountAsync(string tag, CancellationToken cancellationToken)
    {
        var received = new Dictionary<(string, string), int>();
        await foreach (var (to, subject) in EmailsAsync(cancellationToken))
        {
            if (subject.Contains(tag, StringComparison.Ordinal) && population.ByEmail.TryGetValue(to, out var id))
            {
                received[(id, "email")] = received.GetValueOrDefault((id, "email")) + 1;
            }
        }

        using var document = JsonDocument.Parse(await sms.GetStringAsync(new Uri("sink/messages", UriKind.Relative), cancellationToken));
        var items = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement : document.RootElement.GetProperty("messages");
        foreach (var message in items.EnumerateArray())
        {
            if (message.GetProperty("direction").GetString() == "outbound-api"
                && message.GetProperty("body").GetString()?.Contains(tag, StringComparison.Ordinal) == true
                && population.ByPhone.TryGetValue(message.GetProperty("to").GetString() ?? string.Empty, out var id))
            {
                received[(id, "sms")] = received.GetValueOrDefault((id, "sms")) + 1;
            }
        }

        return new SinkCounts(received);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        smtp.Dispose();
        sms.Dispose();
    }

    // smtp4dev 3.x answers pages ({ results, pageCount }); each summary has "to" (an array or a string) and "subject".
    private async IAsyncEnumerable<(string To, string Subject)> EmailsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 1; ; page++)
        {
            var uri = new Uri(string.Create(CultureInfo.InvariantCulture, $"api/messages?page={page}&pageSize={PageSize}"), UriKind.Relative);
            using var document = JsonDocument.Parse(await smtp.GetStringAsync(uri, cancellationToken));
            var root = document.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("results");
            foreach (var message in items.EnumerateArray())
            {
                var subject = message.GetProperty("subject").GetString() ?? string.Empty;
                var to = message.GetProperty("to");
                if (to.ValueKind == JsonValueKind.Array)
                {
                    foreach (var address in to.EnumerateArray())
                    {
                        yield return (Bare(address.GetString()), subject);
                    }
                }
                else
                {
                    yield return (Bare(to.GetString()), subject);
                }
            }

            if (root.ValueKind == JsonValueKind.Array || !root.TryGetProperty("pageCount", out var pages) || page >= pages.GetInt32())
            {
                yield break;
            }
        }
    }

    // "Name <a@b>" or "a@b" to "a@b".
    private static string Bare(string? address)
    {
        var text = address ?? string.Empty;
        var open = text.LastIndexOf('<');
        var close = text.LastIndexOf('>');
        return open >= 0 && close > open ? text[(open + 1)..close] : text.Trim();
    }
}
