namespace NewsAlerts.Core.Health;

using System.Globalization;

/// <summary>The last SMS configuration fault recorded (<see cref="Ports.ISmsConfigurationFaults"/>).</summary>
/// <param name="Code">The provider's error code, e.g. 21212.</param>
/// <param name="Setting">The app setting (or account option) an operator fixes, e.g. <c>Twilio__FromNumber</c>.</param>
/// <param name="Reason">The provider's refusal in words (no personal data).</param>
/// <param name="LastAt">When the last refusal was recorded (the writer's clock).</param>
/// <param name="Attempts">How many refusals since the last text that succeeded: every attempt counts, retries of one text included.</param>
/// <param name="Texts">
/// How many distinct texts (a message to a recipient, however often it was tried) those refusals were for, counted up to
/// <see cref="MaxTextsCounted"/>; 0 when not known (a row written before texts were counted). Trial r38 #1: one text
/// retried 20 times read "20 texts refused".
/// </param>
public sealed record SmsConfigurationFault(int Code, string Setting, string Reason, DateTimeOffset LastAt, int Attempts, int Texts)
{
    /// <summary>The most distinct texts a fault counts; more are said as "at least" this many.</summary>
    public const int MaxTextsCounted = 200;

    /// <summary>
    /// The health report's detail: <c>Twilio 21212 (reason): fix Twilio__FromNumber; 1 text refused (20 attempts), the last at
    /// 2026-12-02T14:00:00Z</c>; the attempts are named only when they are more than the texts; with the texts unknown,
    /// only the attempts (<c>20 attempts refused</c>).
    /// </summary>
    public string Describe() =>
        $"Twilio {Code} ({Reason}): fix {Setting}; {Counts()}, the last at {LastAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}";

    private string Counts()
    {
        if (Texts <= 0)
        {
            return $"{Plural(Attempts, "attempt")} refused";
        }

        var texts = Texts >= MaxTextsCounted ? $"at least {Plural(MaxTextsCounted, "text")}" : Plural(Texts, "text");
        return Attempts > Texts ? $"{texts} refused ({Plural(Attempts, "attempt")})" : $"{texts} refused";
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
