namespace NewsAlerts.Core.Digests;

/// <summary>One digest email to send to one subscriber.</summary>
/// <param name="SubscriberId">Who it is for (never logged with the address).</param>
/// <param name="ToAddress">The confirmed email address.</param>
/// <param name="Email">What it says (sections by topic, newest first, times on their clock).</param>
/// <param name="ManageUrl">Where the subscriber manages topics, channels and timing.</param>
/// <param name="UnsubscribeUrl">The signed RFC 8058 one-click unsubscribe URL.</param>
/// <param name="IdempotencyKey">Stable for this subscriber and due time; senders put it in the Message-ID.</param>
/// <param name="Language">The subscriber's language (BCP 47) the email is written in; null or not offered: English.</param>
public sealed record DigestEmailRequest(string SubscriberId, string ToAddress, DigestEmail Email, Uri ManageUrl, Uri UnsubscribeUrl, string IdempotencyKey, string? Language = null)
{
    /// <summary>How many stories the email lists (older ones beyond the limit not counted).</summary>
    public int StoryCount => Email.Sections.Sum(s => s.Items.Count);
}
