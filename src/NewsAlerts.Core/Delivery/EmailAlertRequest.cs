namespace NewsAlerts.Core.Delivery;

/// <summary>One email alert to send to one subscriber.</summary>
/// <param name="SubscriberId">Who it is for (never logged with the address).</param>
/// <param name="ToAddress">The confirmed email address.</param>
/// <param name="Content">The article.</param>
/// <param name="MatchReason">Why it matched, in words in the subscriber's language (<see cref="Words.ReasonWords"/>), e.g. <c>"ceasefire" (as "truce") in the headline: "…"</c>.</param>
/// <param name="ManageUrl">Where the subscriber manages topics and channels.</param>
/// <param name="UnsubscribeUrl">The signed RFC 8058 one-click unsubscribe URL (https in production).</param>
/// <param name="IdempotencyKey">Stable for this (article, subscriber, channel); senders put it in the Message-ID.</param>
/// <param name="TimeZone">The subscriber's IANA time zone, for the publication time in the alert; null shows UTC.</param>
/// <param name="Language">The subscriber's language (BCP 47) the email is written in; null or not offered: English.</param>
public sealed record EmailAlertRequest(
    string SubscriberId,
    string ToAddress,
    AlertContent Content,
    string MatchReason,
    Uri ManageUrl,
    Uri UnsubscribeUrl,
    string IdempotencyKey,
    string? TimeZone = null,
    string? Language = null);
