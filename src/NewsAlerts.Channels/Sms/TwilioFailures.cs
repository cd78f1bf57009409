namespace NewsAlerts.Channels.Sms;

using System.Globalization;
using NewsAlerts.Core.Delivery;
using Twilio.Exceptions;

/// <summary>Maps what the Twilio SDK throws to a send outcome.</summary>
internal static class TwilioFailures
{
    // Errors about the recipient: sending again will fail again, so the subscriber's SMS channel is disabled.
    private static readonly Dictionary<int, string> RecipientErrors = new()
    {
        [21211] = "invalid 'To' number",
        [21214] = "'To' number cannot be reached",
        [21408] = "no permission to send to the number's region",
        [21610] = "recipient replied STOP (unsubscribed)",
        [21612] = "Twilio cannot route to the number",
        [21614] = "'To' number is not a mobile number",
        [21635] = "'To' number is not a valid mobile number",
    };

    // The number replied STOP at the carrier: it goes on the suppression list.
    private const int OptedOutAtCarrier = 21610;

    public static bool IsTwilioFailure(Exception ex) => ex is TwilioException;

    // The same code in a status callback's ErrorCode (a decimal string) refuses the number as the send's does.
    public static bool IsOptedOutAtCarrier(string errorCode) =>
        int.TryParse(errorCode, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code == OptedOutAtCarrier;

    public static SendOutcome ToOutcome(Exception ex)
    {
        if (FindUnavailable(ex) is { } unavailable)
        {
            return SendOutcome.Transient($"Twilio answered HTTP {unavailable.StatusCode}", unavailable.RetryAfter, Code(unavailable.StatusCode));
        }

        if (ex is ApiException api)
        {
            var code = Code(api.Code);
            if (api.Code == OptedOutAtCarrier)
            {
                return SendOutcome.Refused($"Twilio {api.Code}: {RecipientErrors[api.Code]}", code);
            }

            if (RecipientErrors.TryGetValue(api.Code, out var reason))
            {
                return SendOutcome.Permanent($"Twilio {api.Code}: {reason}", code);
            }

            // 401/403 and 20003 (authenticate) are our configuration, not the subscriber's: retry, then dead-letter.
            if (api.Status is 401 or 403 or 429 or >= 500 || api.Code is 20003 or 20005)
            {
                return SendOutcome.Transient($"Twilio {api.Code} (HTTP {api.Status}): account or service problem", code: code);
            }

            return SendOutcome.Permanent($"Twilio {api.Code} (HTTP {api.Status}): request refused", code);
        }

        // ApiConnectionException: connection refused, reset or timed out.
        return SendOutcome.Transient($"Twilio not reachable ({ex.InnerException?.GetType().Name ?? ex.GetType().Name})");
    }

    private static TwilioUnavailableException? FindUnavailable(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is TwilioUnavailableException unavailable)
            {
                return unavailable;
            }
        }

        return null;
    }

    private static string Code(int code) => code.ToString(CultureInfo.InvariantCulture);
}
