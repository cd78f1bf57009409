namespace NewsAlerts.Core.Subscribers;

/// <summary>Reads a reply's keyword the way Twilio does: the whole message, trimmed, any case.</summary>
public static class SmsKeywords
{
    private static readonly Dictionary<string, SmsKeyword> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["STOP"] = SmsKeyword.Stop,
        ["STOPALL"] = SmsKeyword.Stop,
        ["UNSUBSCRIBE"] = SmsKeyword.Stop,
        ["CANCEL"] = SmsKeyword.Stop,
        ["END"] = SmsKeyword.Stop,
        ["QUIT"] = SmsKeyword.Stop,
        ["START"] = SmsKeyword.Start,
        ["UNSTOP"] = SmsKeyword.Start,
        ["HELP"] = SmsKeyword.Help,
    };

    /// <summary>The keyword of a reply body.</summary>
    public static SmsKeyword Of(string? body) =>
        body is not null && Words.TryGetValue(body.Trim().TrimEnd('.', '!'), out var keyword) ? keyword : SmsKeyword.None;
}
