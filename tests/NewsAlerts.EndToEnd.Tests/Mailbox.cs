namespace NewsAlerts.EndToEnd.Tests;

using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;
using NewsAlerts.Cli.Stack;
using NewsAlerts.EndToEnd.Tests.Browser;

/// <summary>Links and codes as a person finds them: in the emails smtp4dev holds and the texts the SMS sink holds.</summary>
public static partial class Mailbox
{
    /// <summary>
    /// The links (oldest email first) whose address contains <paramref name="pathPart"/> in emails to
    /// <paramref name="address"/>, waiting until there are at least <paramref name="count"/>.
    /// </summary>
    public static async Task<IReadOnlyList<Uri>> LinksAsync(RunningStack stack, string address, string pathPart, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(stack);
        using var inbox = new Smtp4devInbox(stack.SmtpInbox);
        List<Uri> links = [];
        await FlowTimings.TimeAsync(FlowTimings.Email, () => Eventually(
            async () => (links = [.. (await inbox.ListMessagesAsync(address, CancellationToken.None)).SelectMany(m => LinksIn(m, pathPart))]).Count >= count,
            $"{count} email link(s) with '{pathPart}' to the test address"));
        return links;
    }

    /// <summary>The six-digit code in the newest text to <paramref name="phone"/>, waiting until <paramref name="count"/> have arrived.</summary>
    public static async Task<string> SmsCodeAsync(RunningStack stack, string phone, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(stack);
        using var sink = new SmsSinkInbox(stack.SmsSink);
        IReadOnlyList<JsonElement> texts = [];
        await FlowTimings.TimeAsync(FlowTimings.Text, () => Eventually(async () => (texts = await sink.MessagesToAsync(phone, CancellationToken.None)).Count >= count, $"{count} text(s) to the test phone"));
        return SixDigits().Match(texts[^1].GetProperty("body").GetString() ?? string.Empty).Value;
    }

    // The HTML part's links (as a person clicks them), else the text part's; each link once.
    private static IEnumerable<Uri> LinksIn(MimeMessage message, string pathPart) =>
        Links().Matches(message.HtmlBody ?? message.TextBody ?? string.Empty)
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Value))
            .Where(l => new Uri(l).AbsolutePath.Contains(pathPart, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Select(l => new Uri(l));

    private static Task Eventually(Func<Task<bool>> condition, string what) =>
        Testing.Eventually.TrueAsync(condition, what, TimeSpan.FromSeconds(60));

    [GeneratedRegex("""https?://[^\s"'<>]+""")]
    private static partial Regex Links();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
