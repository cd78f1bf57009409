namespace NewsAlerts.Channels.Sms;

using NewsAlerts.Core.Dispatch;

/// <summary>
/// Reads the <c>MessageStatus</c> and <c>ErrorCode</c> of a Twilio status callback
/// (https://www.twilio.com/docs/messaging/guides/track-outbound-message-status): <c>delivered</c> is final and good,
/// <c>undelivered</c> and <c>failed</c> are final and bad, anything else is on the way. The error code of a final failure
/// is decided by the table the send uses (<see cref="TwilioErrors"/>), whichever of the two reports it (issue 16): an
/// opt-out (21610) refuses the contact, a number that cannot receive texts (30004, 30005, 30006, 21211, 21614...) has
/// them disabled; a transient code or one about our message (30003, 30007) only fails this message in the ledger, and one of our
/// configuration (21212, 30034...) fails it with the setting to fix in the reason (<see cref="TwilioStatus.OurConfiguration"/>).
/// </summary>
public static class TwilioStatusCallbacks
{
    /// <summary>What the callback's <paramref name="messageStatus"/> and <paramref name="errorCode"/> (empty: none) say.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TwilioStatus Read(string messageStatus, string errorCode)
    {
        ArgumentNullException.ThrowIfNull(messageStatus);
        ArgumentNullException.ThrowIfNull(errorCode);
        var state = messageStatus switch
        {
            "delivered" => LedgerState.Delivered,
            "undelivered" or "failed" => LedgerState.Failed,
            _ => (LedgerState?)null,
        };
        var code = errorCode.Trim();
        var error = state == LedgerState.Failed ? TwilioErrors.Of(code) : null;
        var kind = error?.Kind;
        var ours = kind == TwilioErrorKind.OurConfiguration ? error : null;
        return new TwilioStatus(
            state, state is null || code.Length == 0 ? null : ours?.Describe() ?? $"Twilio error {code}", kind == TwilioErrorKind.OptedOut, kind == TwilioErrorKind.NumberUnusable, ours);
    }
}
