namespace NewsAlerts.Core.SignUps;

using System.Text.Json;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// A sign-up form sent again for the same contacts (Back then Submit, a double click, "I didn't get the email" then
/// Submit again; issue 16): a repeat, not a new sign-up. Each channel is decided on its own (<see cref="Of"/>, trial
/// s42 A): a link or code already sent that still works is kept and nothing is sent for it, so it keeps working and that
/// contact's allowance (<see cref="RateLimits.SignUpLimits.Contact"/>) is not spent (three resubmits no longer lock a
/// person out for a day); a spent one (used up, expired, voided, never sent) is sent anew on the same sign-up. The
/// person lands on the same "check your email" or code page, whose "send it again" is the way to a new link or code.
/// Decided here: only a form with the same choices (topics, time zone, language, SMS threshold, delivery preferences)
/// is a repeat (<see cref="SignUpService.RepeatedAsync"/>), so a repeat writes nothing: the waiting sign-up already
/// holds those choices. One whose choices differ is a sign-up again, which sends a new link or code to the contact (so
/// its owner sees it) and voids the earlier ones (<see cref="NewestLinks"/>, <see cref="SignUpsAgain.Voided"/>),
/// because anyone can type a person's address: it must never silently change what that person's waiting link would
/// confirm. Contacts never change either (another address or number is another sign-up).
/// </summary>
public static class SignUpRepeats
{
    /// <summary>
    /// Of <paramref name="candidates"/> (sign-ups stored with the contact looked up, in any order), the newest one made
    /// on the sign-up form (<see cref="SignUpIds.IsOfSignUpForm"/>, not a change from the manage link) with exactly
    /// <paramref name="email"/> and <paramref name="phone"/> (null: none; compared as <see cref="ContactKeys"/> does) and
    /// at least one of them still waiting, with what each channel is owed at <paramref name="now"/>, decided on its own
    /// (trial s42 A: a spent code also voided the good link): a waiting address whose link is used, voided, expired or
    /// was never sent (<see cref="Unsent"/>) is owed a link; a waiting number whose code is voided, expired, tried out
    /// or was never sent is owed a code; a contact confirmed, absent or still holding what works is owed nothing. Null
    /// when none fits: the sign-up is new.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> is null.</exception>
    public static SignUpRepeat? Of(IEnumerable<PendingSignUp> candidates, string? email, string? phone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .Where(s => SignUpIds.IsOfSignUpForm(s.Id) && !s.Replaces
                && Same(Channel.Email, s.Email, email) && Same(Channel.Sms, s.Phone, phone) && s.PendingChannels.Count > 0)
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => new SignUpRepeat(s, SendsLink: !EmailLive(s, now), SendsCode: !SmsLive(s, now)))
            .FirstOrDefault();
    }

    /// <summary>
    /// <paramref name="pending"/> (a sign-up form's, as its confirmations were just issued) with the link or code of each
    /// channel in <paramref name="notSent"/> (<c>email</c>, <c>sms</c>) marked expired at <paramref name="now"/>: what did
    /// not go out counts as spent, so the same sign-up sent again sends it (<see cref="Of"/>) instead of answering "repeat,
    /// nothing sent". Expired rather than voided: a code typed on its page reads as no longer usable ("send me a new
    /// code"), not as replaced by a newer one, and a link that went out after all (a send cut short by its deadline)
    /// still confirms until a newer one is sent.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PendingConfirmations Unsent(PendingConfirmations pending, IReadOnlyCollection<string> notSent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(notSent);
        var email = notSent.Contains("email") && pending.EmailNonce is not null ? pending with { EmailLinkExpiresAt = now } : pending;
        return notSent.Contains("sms") && pending.SmsCodeHash is not null ? email with { SmsCodeExpiresAt = now } : email;
    }

    /// <summary>Whether <paramref name="requested"/> asks for exactly what <paramref name="waiting"/> holds (contacts aside).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool SameChoices(PendingSignUp waiting, PendingSignUp requested)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        ArgumentNullException.ThrowIfNull(requested);
        return Choices(waiting) == Choices(requested);
    }

    // One text for what a person chose, so nested preferences compare by value, not by reference.
    private static string Choices(PendingSignUp s) =>
        JsonSerializer.Serialize(new { s.TimeZone, Topics = s.Topics.Select(t => new { t.Text, t.Exact, t.Language }), s.SmsMaxUrgency, s.Preferences, s.Language, s.Languages, s.Given });

    private static bool Same(Channel channel, string? held, string? asked) =>
        held is null || asked is null ? held is null && asked is null : ContactKeys.Of(channel, held) == ContactKeys.Of(channel, asked);

    /// <summary>
    /// Whether what <paramref name="signUp"/> sent to its <paramref name="channel"/> contact still works at
    /// <paramref name="now"/> (a link before its expiry; a code before its expiry with tries left), or needs none
    /// (no such contact, or confirmed).
    /// </summary>
    internal static bool Live(PendingSignUp signUp, Channel channel, DateTimeOffset now) =>
        channel == Channel.Email ? EmailLive(signUp, now) : SmsLive(signUp, now);

    // Rows stored before the link's expiry was kept read as made when the sign-up was (never later than the truth).
    private static bool EmailLive(PendingSignUp s, DateTimeOffset now) =>
        s.Email is null || s.EmailConfirmed
        || (s.Pending.EmailNonce is not null && (s.Pending.EmailLinkExpiresAt ?? s.CreatedAt + SubscriberService.EmailConfirmationLifetime) > now);

    private static bool SmsLive(PendingSignUp s, DateTimeOffset now) =>
        s.Phone is null || s.SmsConfirmed
        || (s.Pending is { SmsCodeHash: not null, SmsCodeExpiresAt: { } expires } p && expires > now && p.SmsCodeAttempts < PendingConfirmations.MaxSmsCodeAttempts);
}
