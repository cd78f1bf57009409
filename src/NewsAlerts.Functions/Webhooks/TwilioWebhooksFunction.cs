namespace NewsAlerts.Functions.Webhooks;

using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Health;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Functions.Http;

/// <summary>
/// Twilio's webhooks, refused with 403 unless <c>X-Twilio-Signature</c> is valid: inbound SMS (read by the keyword
/// table of <see cref="SmsKeywords"/>: opt-out words opt out, START/UNSTOP opt back in, HELP/INFO answer) and delivery status callbacks (recorded in the ledger; by <see cref="TwilioErrors"/> a carrier opt-out, error 21610, also suppresses the number, and a number that cannot receive texts, e.g. 30004 or 30005, has texts disabled).
/// </summary>
/// <remarks>
/// A callback acts on the subscriber the message was sent to, found by its <c>MessageSid</c> in the delivery ledger,
/// and only while that subscriber still holds the number: a number that changed hands between the send and a late
/// callback never disables or suppresses its new holder (issue 16 review), and a message of a subscriber erased since
/// acts on nobody (the ledger keeps a mark of it with no personal data; review of s36). A message the ledger does not know (a
/// confirmation code; a callback before the send was recorded, minutes old at most) acts on the number's holder now. A code of our configuration (21212, 30034...)
/// fails the message, is logged at error with the setting to fix and is recorded for health
/// (<see cref="ISmsConfigurationFaults.RecordFromCallbackAsync"/>) until a callback reports a text delivered.
/// </remarks>
public sealed partial class TwilioWebhooksFunction(
    TwilioSignatureValidator signatures, SubscriberService subscribers, IDeliveryLedger ledger, IOptions<AlertsOptions> alerts, SignUpMetrics metrics,
    ISmsConfigurationFaults faults, ILogger<TwilioWebhooksFunction> logger)
{
    private const int MaxBodyBytes = 64 * 1024;

    /// <summary><c>POST /api/twilio/inbound</c>: a reply from a subscriber.</summary>
    [Function("TwilioInbound")]
    public async Task<IActionResult> InboundAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/twilio/inbound")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await RefuseAsync(request, cancellationToken) is { } refused)
        {
            return refused;
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var from = form["From"].ToString();
        var body = form["Body"].ToString();
        var keyword = SmsKeywords.Of(body);
        if (keyword is SmsKeyword.Stop or SmsKeyword.Start && from.Length > 0)
        {
            await subscribers.ApplySmsKeywordAsync(from, keyword, cancellationToken);
        }

        // Twilio itself confirms an exact STOP or START; the rest of the table is answered here, in the subscriber's
        // language, and GSM-7 where the letters allow so that the answer is billed as the segments it was measured in.
        var language = keyword != SmsKeyword.None && from.Length > 0 ? await subscribers.LanguageOfPhoneAsync(from, cancellationToken) : null;
        // A stopped number asking for help or how to stop is told it is stopped and how to resume (trial r37 #12).
        var stopped = keyword is SmsKeyword.Help or SmsKeyword.MentionsStop && from.Length > 0 && await subscribers.IsPhoneStoppedAsync(from, cancellationToken);
        var answer = SmsReplyAnswers.For(body, new SmsHelp(alerts.Value.ServiceName, alerts.Value.ContactAddress ?? string.Empty), language, stopped);
        return TwiML(answer is null ? null : GsmTransliterator.Transliterate(answer));
    }

    /// <summary><c>POST /api/twilio/status</c>: a delivery status for a message we sent.</summary>
    [Function("TwilioStatus")]
    public async Task<IActionResult> StatusAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/twilio/status")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await RefuseAsync(request, cancellationToken) is { } refused)
        {
            return refused;
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var sid = form["MessageSid"].ToString();
        if (sid.Length == 0)
        {
            return Problems.Field(StatusCodes.Status400BadRequest, "The request is not valid.", "MessageSid", "is required.");
        }

        var status = TwilioStatusCallbacks.Read(form["MessageStatus"].ToString(), form["ErrorCode"].ToString());
        var (refusedNumber, notNumber) = status.ContactRefused || status.NumberUnusable ? ContactValidation.Phone(form["To"].ToString()) : (null, null);
        if (notNumber is not null)
        {
            return Problems.Field(StatusCodes.Status400BadRequest, "The request is not valid.", "To", notNumber);
        }

        if (status.State is { } final)
        {
            await ledger.RecordProviderStatusAsync(sid, final, status.Reason, cancellationToken);
            metrics.ProviderState(Channel.Sms, final == LedgerState.Delivered ? "delivered" : "failed");
        }

        if (status.OurConfiguration is { } fault)
        {
            // Shown in health too (review of s37, finding 3): 30034 arrives only here, after the API accepted the text.
            LogConfigurationFault(logger, fault.Code, fault.Reason, fault.Setting!);
            // One callback reports one accepted message: its SID names the text, stored only as a hash (SmsTextKey; never
            // the SID, nor the number: review of s38, finding 2).
            await faults.RecordFromCallbackAsync(fault.Code, fault.Setting!, fault.Reason, SmsTextKey.Of("callback", sid), cancellationToken);
        }
        else if (status.State == LedgerState.Delivered)
        {
            // A text arrived: whatever fault health shows is over (one storage call only while one may be recorded).
            await faults.ClearDeliveredAsync(cancellationToken);
        }

        if (refusedNumber is null)
        {
            return new NoContentResult();
        }

        // The subscriber the message went to, by its MessageSid, never the number's holder now (issue 16 review); a
        // message of a subscriber erased since acts on nobody, not on whoever was given the number after (review of s36).
        var sentTo = await ledger.RecipientOfAsync(sid, cancellationToken);
        if (sentTo.Erased)
        {
            LogRecipientErased(logger, form["ErrorCode"].ToString().Trim());
            return new NoContentResult();
        }

        var recipient = sentTo.SubscriberId;
        var applied = status.ContactRefused
            // A carrier opt-out reported after the send is an opt-out like the same error on send (issue 16): the number
            // is suppressed (the record START reads) and its codes voided, in one code path.
            ? await subscribers.ApplyCarrierOptOutAsync(recipient, refusedNumber, cancellationToken)
            // A number that cannot receive texts (30004, 30005, 30006...): disabled as the same error on send disables it.
            : await subscribers.ApplyUnusableNumberAsync(recipient, refusedNumber, cancellationToken);
        if (!applied)
        {
            LogNumberLeftAlone(logger, form["ErrorCode"].ToString().Trim());
        }

        return new NoContentResult();
    }

    private async Task<IActionResult?> RefuseAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Twilio posts only URL-encoded forms; a multipart body (also "form content") is refused before anything reads it.
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Field(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "$", "Twilio posts application/x-www-form-urlencoded.");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Problems.Field(StatusCodes.Status413PayloadTooLarge, "Payload too large", "$", "larger than 64 KiB.");
        }

        // A body sent without a length (chunked) is held to the same limit while it is read (a 413 then).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        return await signatures.IsValidAsync(request, alerts.Value.PublicBaseUrl, cancellationToken)
            ? null
            : Problems.Field(StatusCodes.Status403Forbidden, "Forbidden", "X-Twilio-Signature", "missing or not Twilio's signature of this request.");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A Twilio status callback failed a message for our configuration ({Code}: {Reason}); fix {Setting}")]
    private static partial void LogConfigurationFault(ILogger logger, int code, string reason, string setting);

    [LoggerMessage(Level = LogLevel.Information, Message = "A Twilio status callback with error {Code} changed no number: the number changed hands since its message, or its subscriber is gone")]
    private static partial void LogNumberLeftAlone(ILogger logger, string code);

    [LoggerMessage(Level = LogLevel.Information, Message = "A Twilio status callback with error {Code} changed nothing: its message went to a subscriber erased since")]
    private static partial void LogRecipientErased(ILogger logger, string code);

    private static ContentResult TwiML(string? message) => new()
    {
        ContentType = "text/xml; charset=utf-8",
        Content = message is null
            ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>"
            : $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>{WebUtility.HtmlEncode(message)}</Message></Response>",
    };
}
