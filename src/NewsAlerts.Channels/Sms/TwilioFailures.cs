namespace NewsAlerts.Channels.Sms;

using System.Globalization;
using NewsAlerts.Core.Delivery;
using Twilio.Exceptions;

/// <summary>Maps what the Twilio SDK throws to a send outcome, by the one table of error codes (<see cref="TwilioErrors"/>).</summary>
internal static class TwilioFailures
{
    public static bool IsTwilioFailure(Exception ex) => ex is TwilioException;

    public static SendOutcome ToOutcome(Exception ex)
    {
        if (FindUnavailable(ex) is { } unavailable)
        {
            return SendOutcome.Transient($"Twilio answered HTTP {unavailable.StatusCode}", unavailable.RetryAfter, Code(unavailable.StatusCode));
        }

        if (ex is ApiException api)
        {
            var code = Code(api.Code);
            if (TwilioErrors.Known.Any(k => k.Code == api.Code))
            {
                return Of(TwilioErrors.Of(api.Code));
            }

            // 401/403 without a code the table knows are our configuration too, not the subscriber's: retry, then dead-letter.
            if (api.Status is 401 or 403 or 429 or >= 500)
            {
                return SendOutcome.Transient($"Twilio {api.Code} (HTTP {api.Status}): account or service problem", code: code);
            }

            // A code the table does not know: this request failed for good, the number is not blamed.
            return SendOutcome.Rejected($"Twilio {api.Code} (HTTP {api.Status}): request refused", code);
        }

        // ApiConnectionException: connection refused, reset or timed out.
        return SendOutcome.Transient($"Twilio not reachable ({ex.InnerException?.GetType().Name ?? ex.GetType().Name})");
    }

    /// <summary>The send outcome of a known Twilio error, the same decision a status callback takes (<see cref="TwilioStatusCallbacks"/>).</summary>
    public static SendOutcome Of(TwilioError error)
    {
        var reason = error.Describe();
        var code = Code(error.Code);
        return error.Kind switch
        {
            TwilioErrorKind.OptedOut => SendOutcome.Refused(reason, code),
            TwilioErrorKind.NumberUnusable => SendOutcome.Permanent(reason, code),
            TwilioErrorKind.Transient or TwilioErrorKind.OurConfiguration => SendOutcome.Transient(reason, code: code),
            _ => SendOutcome.Rejected(reason, code),
        };
    }

    /// <summary>The row of <paramref name="outcome"/>'s provider code when it is our configuration's fault, else null.</summary>
    public static TwilioError? ConfigurationFault(SendOutcome outcome) =>
        outcome is { ProviderErrorCode: { } code } && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
        && TwilioErrors.Known.Any(k => k.Code == number) && TwilioErrors.Of(number) is { Kind: TwilioErrorKind.OurConfiguration } row
            ? row : null;

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
