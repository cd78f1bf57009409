namespace NewsAlerts.Functions.Pages;

using NewsAlerts.Core.SignUps;

/// <summary>
/// What a code page opened again shows (trial r38 #6: Back or a reload said "we have texted you a code" whatever was
/// confirmed since, and an unknown sign-up id showed the same): the sign-up's state, read from the store, not from the
/// URL's <c>sent</c>, which tells only what was sent when the page was first reached.
/// </summary>
public static class CodePageStates
{
    /// <summary>The state of <paramref name="signUp"/> (null: none found, <see cref="CodePageState.Gone"/>).</summary>
    public static CodePageState Of(PendingSignUp? signUp) => signUp switch
    {
        null => CodePageState.Gone,
        { Phone: null } => signUp.Email is null || signUp.EmailConfirmed ? CodePageState.AllConfirmed : CodePageState.Waiting,
        { SmsConfirmed: true } => signUp.Email is not null && !signUp.EmailConfirmed ? CodePageState.NumberConfirmed : CodePageState.AllConfirmed,
        { EmailConfirmed: true } => CodePageState.EmailConfirmed,
        _ => CodePageState.Waiting,
    };
}
