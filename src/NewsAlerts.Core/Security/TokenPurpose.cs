namespace NewsAlerts.Core.Security;

/// <summary>What a signed token allows; a token for one purpose is refused for every other.</summary>
public enum TokenPurpose
{
    /// <summary>Confirms an email address (double opt-in); single use.</summary>
    ConfirmEmail,

    /// <summary>Stops email alerts (RFC 8058 one-click unsubscribe).</summary>
    Unsubscribe,

    /// <summary>Reads and changes a subscriber's topics and channels.</summary>
    Manage,

    /// <summary>Lets a page's form be posted back (a form token: which form, about whom; short-lived, no cookie needed).</summary>
    Form,

    /// <summary>An editor's development sign-in session (the cookie of <c>/editor/sign-in</c>, local only): who, until when.</summary>
    EditorSession,

    /// <summary>An editor's sign-in with Microsoft under way (the short-lived cookie binding OpenID Connect's <c>state</c> and <c>nonce</c> to the browser).</summary>
    EditorSignIn,

    /// <summary>
    /// Shows the "you're confirmed" page once more (the <c>GET</c> a confirmation answers 303 to, so a reload confirms
    /// nothing again): about a subscriber, minutes-long, accepted by that page only, never as a manage token.
    /// </summary>
    ConfirmedPage,
}
