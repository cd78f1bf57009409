namespace NewsAlerts.Integration.Tests;

using System.Text.Json;
using System.Text.RegularExpressions;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>The six-digit codes texted to a number, read off the SMS sink as a person reads them off the text.</summary>
internal static partial class TextedCodes
{
    /// <summary>The code in <paramref name="message"/> (one message as the sink lists it); empty when its text has none.</summary>
    public static string Of(JsonElement message) => SixDigits().Match(message.GetProperty("body").GetString() ?? string.Empty).Value;

    /// <summary>The code of the <paramref name="count"/>-th text (from 1) to <paramref name="phone"/>, once that many have arrived.</summary>
    public static async Task<string> NthAsync(SmsSinkInbox sink, string phone, int count)
    {
        await Eventually.TrueAsync(async () => (await sink.MessagesToAsync(phone, CancellationToken.None)).Count >= count, $"text {count} reaches the number");
        return Of((await sink.MessagesToAsync(phone, CancellationToken.None))[count - 1]);
    }

    /// <summary>The code of the one text the sink holds for <paramref name="phone"/>; fails when it holds none or more.</summary>
    public static async Task<string> OnlyAsync(SmsSinkInbox sink, string phone) =>
        Of(Assert.Single(await sink.MessagesToAsync(phone, CancellationToken.None)));

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex SixDigits();
}
