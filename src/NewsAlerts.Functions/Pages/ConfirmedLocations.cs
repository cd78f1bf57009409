namespace NewsAlerts.Functions.Pages;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Pages.Languages;

/// <summary>
/// Where a confirmation that worked sends the browser (Post/Redirect/Get, issue 16): a reload or Back shows the page
/// again and confirms or sends nothing. Every location keeps the page's language (<see cref="PageLinks"/>) and, inside
/// the embedded sign-up, <c>embed=1</c>.
/// <list type="bullet">
/// <item><see cref="Confirmed"/>: <c>/confirm?view={token}&amp;channel=email|sms</c>, the "you're confirmed" page. The
/// view token (<see cref="Core.Security.TokenPurpose.ConfirmedPage"/>, <see cref="ViewLifetime"/>) opens that page only:
/// the manage token is never in a URL from here, but written into the page's "Manage your alerts" form when the page
/// is shown, lasting <see cref="ManageLifetime"/>. So a URL left in the history or shared opens nothing once the view token has expired, and can never
/// be used as a manage link (the emailed manage link is the lasting way in).</item>
/// <item><see cref="CodeAfterEmail"/>: <c>/confirm?signUp={id}&amp;confirmed=email</c>, the code page of a sign-up whose
/// address was just confirmed while its number still waits for the code.</item>
/// </list>
/// </summary>
public static class ConfirmedLocations
{
    /// <summary>The query field of the view token.</summary>
    public const string ViewField = "view";

    /// <summary>The query field naming the channel confirmed (<c>email</c> or <c>sms</c>).</summary>
    public const string ChannelField = "channel";

    /// <summary>The query field saying which contact was just confirmed on the code page (<c>email</c>).</summary>
    public const string ConfirmedField = "confirmed";

    /// <summary>
    /// How long the "you're confirmed" page can be reloaded: long enough to read it and press "Manage your alerts", short
    /// enough that its URL is worth nothing later (the view token is the only secret in it).
    /// </summary>
    public static readonly TimeSpan ViewLifetime = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long the manage token written into the "you're confirmed" page's form lasts: one sitting in the preference
    /// centre (a view URL seen by someone else within <see cref="ViewLifetime"/> yields no year-long manage rights). After it
    /// the preference centre's expired-link page emails a fresh link; the emailed manage link is the lasting way in.
    /// </summary>
    public static readonly TimeSpan ManageLifetime = TimeSpan.FromHours(1);

    /// <summary>The query field naming the sign-up just confirmed (<see cref="Confirmed"/>), whose contacts still waiting the page names.</summary>
    public const string SignUpField = "from";

    /// <summary>
    /// The "you're confirmed" page for <paramref name="viewToken"/> after confirming <paramref name="channel"/>; with
    /// <paramref name="signUpId"/>, the sign-up confirmed, so the page can say which of its contacts still wait (trial r37 #1).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="viewToken"/> or <paramref name="language"/> is null.</exception>
    public static string Confirmed(string viewToken, Channel channel, bool embed, string language, string? signUpId = null)
    {
        ArgumentNullException.ThrowIfNull(viewToken);
        return PageLinks.WithLanguage(
            $"/confirm?{ViewField}={Uri.EscapeDataString(viewToken)}&{ChannelField}={ChannelName(channel)}"
                + (signUpId is null ? string.Empty : $"&{SignUpField}={Uri.EscapeDataString(signUpId)}") + (embed ? "&embed=1" : string.Empty),
            language);
    }

    private static string ChannelName(Channel channel) => channel == Channel.Email ? "email" : "sms";

    /// <summary>The query field naming the sign-up whose topics were just added (<see cref="Added"/>).</summary>
    public const string AddedField = "added";

    /// <summary>
    /// The "added" page (issue 16): as <see cref="Confirmed"/> for the address or (trial r37 #7) the number confirmed as
    /// <paramref name="channel"/>, naming sign-up <paramref name="signUpId"/> (<see cref="Core.SignUps.PendingSignUp.Added"/>),
    /// whose topics it lists while the view token lasts.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Added(string viewToken, string signUpId, Channel channel, bool embed, string language)
    {
        ArgumentNullException.ThrowIfNull(viewToken);
        ArgumentNullException.ThrowIfNull(signUpId);
        return PageLinks.WithLanguage(
            $"/confirm?{ViewField}={Uri.EscapeDataString(viewToken)}&{ChannelField}={ChannelName(channel)}&{AddedField}={Uri.EscapeDataString(signUpId)}" + (embed ? "&embed=1" : string.Empty),
            language);
    }

    /// <summary>The code page of sign-up <paramref name="signUpId"/> after its address was confirmed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUpId"/> or <paramref name="language"/> is null.</exception>
    public static string CodeAfterEmail(string signUpId, bool embed, string language)
    {
        ArgumentNullException.ThrowIfNull(signUpId);
        return PageLinks.WithLanguage(
            $"/confirm?signUp={Uri.EscapeDataString(signUpId)}&{ConfirmedField}=email" + (embed ? "&embed=1" : string.Empty), language);
    }

    /// <summary>The channel a <see cref="Confirmed"/> location names; null for any other value.</summary>
    public static Channel? ChannelOf(string? value) => value switch
    {
        "email" => Channel.Email,
        "sms" => Channel.Sms,
        _ => null,
    };
}
