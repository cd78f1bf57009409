namespace NewsAlerts.Core.Subscribers;

/// <summary>What a reply means and the language of the keyword it was read by.</summary>
/// <param name="Keyword">The meaning (<see cref="SmsKeyword.None"/> for anything else).</param>
/// <param name="Language">The language of the matched table row (ISO 639-1), or null when nothing matched.</param>
public sealed record SmsReading(SmsKeyword Keyword, string? Language)
{
    /// <summary>A reply that is no keyword and mentions none.</summary>
    public static SmsReading None { get; } = new(SmsKeyword.None, null);
}
