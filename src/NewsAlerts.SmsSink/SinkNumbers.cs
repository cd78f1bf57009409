namespace NewsAlerts.SmsSink;

using System.Text.RegularExpressions;

/// <summary>The sink's one rule for a phone number: E.164 (ITU-T E.164: <c>+</c>, a country code not starting with 0, 7 to 15 digits in all), as Twilio takes it.</summary>
public static partial class SinkNumbers
{
    /// <summary>
    /// The reason for a field that is not an E.164 number. In a query string a <c>+</c> reads as a space (HTML form
    /// encoding), so the reason says how to write it.
    /// </summary>
    public const string NotE164 = "must be an E.164 number such as +447400123456 (in a query string, write + as %2B)";

    /// <summary>Whether <paramref name="number"/> is an E.164 number.</summary>
    public static bool IsE164(string? number) => number is not null && E164().IsMatch(number);

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164();
}
