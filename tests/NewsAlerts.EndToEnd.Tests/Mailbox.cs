namespace NewsAlerts.EndToEnd.Tests;

using System.Text.RegularExpressions;
using NewsAlerts.Cli.Stack;

/// <summary>Links and codes as a person finds them: in the emails smtp4dev holds and the texts the SMS sink holds.</summary>
public static partial class Mailbox
{
    /// <summary>
    /// The first link in the newest email to <paramref name="address"/> whose path contains <paramref name="pathPart"/>,
    /// waiting until <paramref name="count"/> emails to it have arrived.
    /// </summary>
    public static async Task<Uri> LinkAsync(RunningStack stack, string address, string pathPart, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(stack);
        using var inbox = new Smtp4devInbox(stack.SmtpInbox);
        await Eventually(async () => await inbox.CountAsync(address, CancellationToken.None) >= count, $"{count} email(s) to {address}");
        var newest = (await inbox.ListMessagesAsync(address, CancellationToken.None))[^1];
        var text = newest.HtmlBody ?? newest.TextBody ?? string.Empty;
        var link = Links().Matches(text).Select(m => System.Net.WebUtility.HtmlDecode(m.Value))
            .FirstOrDefault(l => l.Contains(pathPart, StringComparison.Ordinal));
        return link is null
            ? throw new InvalidOperationException($"No link containing '{pathPart}' in the email '{newest.Subject}':\n{text}")
            : new Uri(link);
    }

    /// <summary>The six-digit code in the newest text to <paramref name="phone"/>, waiting until <paramref name="count"/> have arrived.</summary>
    public static async Task<string> SmsCodeAsync(RunningStack stack, string phone, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(stack);
        using var sink = new SmsSinkInbox(stack.SmsSink);
        IReadOnlyList<System.Text.Json.JsonElement> texts = [];
        await Eventually(async () => (texts = await sink.MessagesToAsync(phone, CancellationToken.None)).Count >= count, $"{count} text(s) to the test phone");
        return SixDigits().Match(texts[^1].GetProperty("body").GetString() ?? string.Empty).Value;
    }

    private static Task Eventually(Func<Task<bool>> condition, string what) =>
        Testing.Eventually.TrueAsync(condition, what, TimeSpan.FromSeconds(60));

    [GeneratedRegex("""https?://[^\s"'<>]+""")]
    private static partial Regex Links();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
