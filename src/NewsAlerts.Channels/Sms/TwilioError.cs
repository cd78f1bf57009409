namespace NewsAlerts.Channels.Sms;

/// <summary>One row of <see cref="TwilioErrors"/>.</summary>
/// <param name="Code">Twilio's error code, e.g. 30005.</param>
/// <param name="Kind">What it means for the number and the message.</param>
/// <param name="Reason">In words, for the ledger and logs (no personal data).</param>
/// <param name="Source">Twilio's page for the code, where the meaning was read.</param>
/// <param name="Setting">
/// For <see cref="TwilioErrorKind.OurConfiguration"/>: the setting (app setting name) or account option an operator
/// fixes; null for every other kind.
/// </param>
public sealed record TwilioError(int Code, TwilioErrorKind Kind, string Reason, Uri Source, string? Setting = null)
{
    /// <summary>
    /// The reason in words for the ledger, logs and dead-letter descriptions: <c>Twilio 21212: the 'From' number ...</c>,
    /// with <c>; our configuration, fix Twilio__FromNumber ...</c> for a fault of ours.
    /// </summary>
    public string Describe() => Setting is null ? $"Twilio {Code}: {Reason}" : $"Twilio {Code}: {Reason}; our configuration, fix {Setting}";
}
