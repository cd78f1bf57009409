namespace NewsAlerts.Core.Suppression;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// The normalised form of a contact that suppression is keyed by: an email address in lower case (the domain is
/// case-insensitive, and the local part is compared as mail systems deliver it: case-insensitively, with no dot or
/// +tag folding); a phone number in E.164 (spaces and punctuation written around it do not matter).
/// </summary>
public static class ContactKeys
{
    /// <summary>The normalised contact, prefixed with its channel (<c>email:</c> or <c>sms:</c>).</summary>
    public static string Of(Channel channel, string contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var trimmed = contact.Trim();
        var kind = AlertChannel.For(channel);
        return $"{kind.Name}:{kind.Normalize(trimmed)}";
    }
}
