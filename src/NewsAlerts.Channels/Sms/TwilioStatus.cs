namespace NewsAlerts.Channels.Sms;

using NewsAlerts.Core.Dispatch;

/// <summary>What one Twilio status callback says of a message we sent (<see cref="TwilioStatusCallbacks.Read"/>).</summary>
/// <param name="State">The final state for the ledger (delivered or failed), or null for an intermediate one (queued, sent...).</param>
/// <param name="Reason">"Twilio error N" when the callback names an error code, else null (no personal data).</param>
/// <param name="ContactRefused">
/// The number itself refuses our texts for good (<see cref="TwilioErrorKind.OptedOut"/>, Twilio 21610: it replied STOP
/// at the carrier): it goes on the suppression list, as the same error on send puts it (<see cref="NewsAlerts.Core.Delivery.SendOutcome.ContactRefused"/>).
/// </param>
/// <param name="NumberUnusable">
/// The number cannot receive our texts (<see cref="TwilioErrorKind.NumberUnusable"/>, e.g. 30004, 30005, 30006): the
/// subscriber's texts are disabled, as the same error on send disables them; nothing is suppressed.
/// </param>
/// <param name="OurConfiguration">
/// The row of a code that is our configuration's fault (<see cref="TwilioErrorKind.OurConfiguration"/>, e.g. 21212, 30034),
/// naming the setting to fix: the message fails, nobody's number is touched, and the operator is told (logged at error).
/// </param>
public sealed record TwilioStatus(LedgerState? State, string? Reason, bool ContactRefused, bool NumberUnusable = false, TwilioError? OurConfiguration = null);
