namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// The decisions of adding or changing an address or number from the manage link: a new contact is confirmed like a
/// sign-up's (link or code) and replaces the old one only once confirmed; a suppressed number is not texted (START
/// lifts it; another number than the subscriber's own is answered as any and its code withheld, as at sign-up, so no
/// answer tells that it replied STOP), while a suppressed address may be confirmed again, which lifts it (as at sign-up).
/// </summary>
public static class ContactChanges
{
    /// <summary>The message for <see cref="ContactChangeKind.NumberStopped"/>, for a field error.</summary>
    public const string NumberStoppedReason = "this number has stopped our texts (it replied STOP); text START to it from that phone to get texts again, then try again";

    /// <summary>
    /// The asked-for address (canonical) or number (E.164, one <paramref name="phones"/> can text), as at sign-up, or
    /// the reason it is not one (for a field error: "is ...").
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="phones"/> is null.</exception>
    public static (string? Contact, string? Reason) Normalise(Channel channel, string? text, TextablePhones phones)
    {
        ArgumentNullException.ThrowIfNull(phones);
        // Both read the text through the one free-text check sign-up's fields pass too (ContactValidation.Typed; trial r40
        // #3, #4: a changed address took U+202E and showed the reordered address).
        return channel == Channel.Email ? ContactValidation.Email(text ?? string.Empty) : phones.Check(text ?? string.Empty);
    }

    /// <summary>What asking for <paramref name="contact"/> (normalised: canonical address or E.164) on <paramref name="channel"/> leads to.</summary>
    /// <param name="subscriber">The subscriber as stored.</param>
    /// <param name="channel">Email or SMS.</param>
    /// <param name="contact">The new address or number, normalised.</param>
    /// <param name="suppressed">Whether the contact is on the suppression list (for a number: told only when it is the subscriber's own).</param>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> or <paramref name="contact"/> is null.</exception>
    public static ContactChangeKind Decide(Subscriber subscriber, Channel channel, string contact, bool suppressed)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(contact);
        var (current, status) = channel == Channel.Email ? (subscriber.Email, subscriber.EmailStatus) : (subscriber.Phone, subscriber.SmsStatus);
        var same = current is not null && ContactKeys.Of(channel, current) == ContactKeys.Of(channel, contact);
        if (channel == Channel.Sms && same && (suppressed || status == ContactStatus.OptedOut))
        {
            return ContactChangeKind.NumberStopped;
        }

        return same && status == ContactStatus.Confirmed ? ContactChangeKind.Unchanged : ContactChangeKind.Confirm;
    }

    /// <summary>
    /// Whether <paramref name="address"/> is <paramref name="subscriber"/>'s own current address (compared as
    /// <see cref="ContactKeys"/> does), whatever its status: sent again from the manage link, it is not a new address.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> or <paramref name="address"/> is null.</exception>
    public static bool IsOwnAddress(Subscriber subscriber, string address)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(address);
        return subscriber.Email is { } current && ContactKeys.Of(Channel.Email, current) == ContactKeys.Of(Channel.Email, address);
    }

    /// <summary>
    /// Whether asking for <paramref name="contact"/> (normalised) on <paramref name="channel"/> repeats the change
    /// <paramref name="existing"/> (the manage link's sign-up) holds: the same address or number (compared as
    /// <see cref="ContactKeys"/> does, so "+1 415 555 0199" repeats "+14155550199") still waiting, its link or code still
    /// working at <paramref name="now"/>. A repeat sends nothing (<see cref="ContactChangeKind.Waiting"/>), as a repeated
    /// sign-up (<see cref="SignUpRepeats"/>): pressing "Change number" twice no longer spends the number's allowance
    /// (trial r41 #5: three codes, the whole day's three, for one number written three ways).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> or <paramref name="contact"/> is null.</exception>
    public static bool Repeats(Subscriber subscriber, PendingSignUp? existing, Channel channel, string contact, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(contact);
        var (email, phone) = Pending(subscriber, existing);
        var waiting = channel == Channel.Email ? email : phone;
        return waiting is not null && ContactKeys.Of(channel, waiting) == ContactKeys.Of(channel, contact) && SignUpRepeats.Live(existing!, channel, now);
    }

    /// <summary>
    /// <paramref name="pending"/> without the link or code of the channels named in <paramref name="notSent"/>
    /// (<c>email</c>, <c>sms</c>): what did not go out confirms nothing anyone holds, so asking for the same change again
    /// sends a fresh one rather than being answered as a repeat of it (<see cref="Repeats"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PendingConfirmations WithoutUnsent(PendingConfirmations pending, IReadOnlyCollection<string> notSent)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(notSent);
        var email = notSent.Contains("email") ? pending with { EmailNonce = null } : pending;
        return notSent.Contains("sms") ? email with { SmsCodeHash = null, SmsCodeExpiresAt = null } : email;
    }

    /// <summary>
    /// The address and number of the manage link's <paramref name="signUp"/> still waiting to replace (or join) the
    /// <paramref name="subscriber"/>'s: unconfirmed, and not the subscriber's own confirmed contact. Nulls when none.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> is null.</exception>
    public static (string? Email, string? Phone) Pending(Subscriber subscriber, PendingSignUp? signUp)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (signUp is not { Replaces: true })
        {
            return (null, null);
        }

        var email = signUp.Email is { } e && !signUp.EmailConfirmed && !IsOwnConfirmed(subscriber.Email, subscriber.EmailStatus, Channel.Email, e) ? e : null;
        var phone = signUp.Phone is { } p && !signUp.SmsConfirmed && !IsOwnConfirmed(subscriber.Phone, subscriber.SmsStatus, Channel.Sms, p) ? p : null;
        return (email, phone);
    }

    /// <summary>
    /// The manage link's sign-up with <paramref name="contact"/> asked for on <paramref name="channel"/>: the other
    /// channel's pending change of <paramref name="existing"/> stays (its link or code is not voided); null
    /// <paramref name="contact"/> cancels this channel's change. It carries the subscriber's language, in which its link
    /// or code is sent.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> or <paramref name="id"/> is null.</exception>
    public static PendingSignUp With(Subscriber subscriber, string id, PendingSignUp? existing, Channel channel, string? contact, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(id);
        var (email, phone) = Pending(subscriber, existing);
        var pending = existing is { Replaces: true } ? existing.Pending : new PendingConfirmations(null, null, null, 0);
        if (channel == Channel.Email)
        {
            email = contact;
            pending = pending with { EmailNonce = null, UsedEmailNonce = null };
        }
        else
        {
            phone = contact;
            pending = pending with { SmsCodeHash = null, SmsCodeExpiresAt = null, SmsCodeAttempts = 0 };
        }

        // The subscriber's language, as at sign-up: the code and the email of a change are sent in it (trial r35 #1).
        return new PendingSignUp(
            id, email, phone, subscriber.TimeZone, [], subscriber.SmsMaxUrgency, now, pending, SubscriberId: subscriber.Id, Replaces: true,
            Language: subscriber.Language, Languages: subscriber.Languages, ComesBack: email is { } address && IsOwnAddress(subscriber, address) && subscriber.EmailStatus is ContactStatus.OptedOut or ContactStatus.Disabled);
    }

    private static bool IsOwnConfirmed(string? current, ContactStatus status, Channel channel, string contact) =>
        current is not null && status == ContactStatus.Confirmed && ContactKeys.Of(channel, current) == ContactKeys.Of(channel, contact);
}
