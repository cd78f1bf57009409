namespace NewsAlerts.Channels.Sms;

using NewsAlerts.Core.Dispatch;

/// <summary>
/// Reads the <c>MessageStatus</c> and <c>ErrorCode</c> of a Twilio status callback
/// (https://www.twilio.com/docs/messaging/guides/track-outbound-message-status): <c>delivered</c> is final and good,
/// <c>undelivered</c> and <c>failed</c> are final and bad, anything else is on the way. An error code that means the
/// number opted out (21610, the one the send refuses with too: <see cref="TwilioFailures"/>) refuses the contact,
/// whichever of the two reports it (issue 16: an opt-out from every source suppresses alike).
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
        var refused = state == LedgerState.Failed && TwilioFailures.IsOptedOutAtCarrier(code);
        return new TwilioStatus(state, state is null || code.Length == 0 ? null : $"Twilio error {code}", refused);
    }
}
