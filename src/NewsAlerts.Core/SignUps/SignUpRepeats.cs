namespace NewsAlerts.Core.SignUps;

using System.Text.Json;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// A sign-up form sent again for the same contacts while what it sent still works (Back then Submit, a double click,
/// "I didn't get the email" then Submit again; issue 16): a repeat, not a new sign-up. It sends nothing, so the link
/// or code already sent keeps working and the per-contact allowance (<see cref="RateLimits.SignUpLimits.Contact"/>)
/// is not spent: three resubmits no longer lock a person out for a day. The person lands on the same "check your
/// email" or code page, whose "send it again" is the way to a new link or code (limited as a resend).
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
    /// <paramref name="email"/> and <paramref name="phone"/> (null: none; compared as <see cref="ContactKeys"/> does),
    /// at least one of them still waiting, and every waiting one still holding a link or code that works at
    /// <paramref name="now"/>: a link before its expiry, a code before its expiry with tries left. Null when none
    /// fits: the sign-up is new (or what was sent is spent, so a new one is owed).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> is null.</exception>
    public static PendingSignUp? Waiting(IEnumerable<PendingSignUp> candidates, string? email, string? phone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .Where(s => SignUpIds.IsOfSignUpForm(s.Id) && !s.Replaces
                && Same(Channel.Email, s.Email, email) && Same(Channel.Sms, s.Phone, phone)
                && s.PendingChannels.Count > 0 && EmailLive(s, now) && SmsLive(s, now))
            .OrderByDescending(s => s.CreatedAt)
            .FirstOrDefault();
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
