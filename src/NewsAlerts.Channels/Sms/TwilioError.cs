namespace NewsAlerts.Channels.Sms;

/// <summary>One row of <see cref="TwilioErrors"/>.</summary>
/// <param name="Code">Twilio's error code, e.g. 30005.</param>
/// <param name="Kind">What it means for the number and the message.</param>
/// <param name="Reason">In words, for the ledger and logs (no personal data).</param>
/// <param name="Source">Twilio's page for the code, where the meaning was read.</param>
public sealed record TwilioError(int Code, TwilioErrorKind Kind, string Reason, Uri Source);
