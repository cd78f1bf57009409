namespace NewsAlerts.Core.Delivery;

/// <summary>One SMS alert to send to one subscriber.</summary>
/// <param name="SubscriberId">Who it is for (never logged with the number).</param>
/// <param name="ToNumber">The confirmed number in E.164 form.</param>
/// <param name="Content">The article.</param>
/// <param name="MatchReason">Why it matched, in a few words in the subscriber's language.</param>
/// <param name="Link">A short link to the article or alert page, when there is one.</param>
/// <param name="StatusCallback">Where Twilio posts delivery status for this message.</param>
/// <param name="IsFirstMessage">True for the first SMS this number receives from us: it carries the opt-out wording.</param>
/// <param name="Language">The subscriber's language (BCP 47) the text's own words are in; null or not offered: English.</param>
public sealed record SmsAlertRequest(
    string SubscriberId,
    string ToNumber,
    AlertContent Content,
    string MatchReason,
    Uri? Link,
    Uri? StatusCallback,
    bool IsFirstMessage,
    string? Language = null);
