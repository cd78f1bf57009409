namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Whether confirming <c>newContact</c> for a subscriber owes its old contact of that kind a notice, as serious
/// products do when an account's address changes: only when there was an old one, it is another one, and it could be
/// written to (confirmed: an address never proven, or a number that replied STOP, hears nothing).
/// </summary>
public static class ContactChangeNotices
{
    /// <summary>The notice, or null when none is owed; <paramref name="before"/> is the subscriber before the change (null: a new one).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="newContact"/> is null.</exception>
    public static ContactChangeNotice? For(Subscriber? before, Channel channel, string newContact, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(newContact);
        var (old, status) = channel == Channel.Email ? (before?.Email, before?.EmailStatus) : (before?.Phone, before?.SmsStatus);
        return old is null || status != ContactStatus.Confirmed || ContactKeys.Of(channel, old) == ContactKeys.Of(channel, newContact)
            ? null
            : new ContactChangeNotice(channel, old, Mask(channel, newContact), at);
    }

    /// <summary>
    /// A contact as a notice to someone else may show it: an address's first character and domain
    /// (<c>n***@example.com</c>), a number's first three and last two characters (<c>+44***89</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="contact"/> is null.</exception>
    public static string Mask(Channel channel, string contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (channel == Channel.Email)
        {
            var at = contact.LastIndexOf('@');
            return at <= 0 ? "***" : $"{contact[0]}***{contact[at..]}";
        }

        return contact.Length <= 5 ? "***" : $"{contact[..3]}***{contact[^2..]}";
    }
}
