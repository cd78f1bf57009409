namespace NewsAlerts.Core.RateLimits;

/// <summary>
/// What a client asks for that sends a confirmation or a link, or confirms one. Each has its own per-client limit
/// (<see cref="Configuration.RateLimitOptions"/>), so a person who asks for a new link a few times can still sign up,
/// ask for a new code or change an address; the per-contact, per-prefix and SMS-budget limits stay shared, since
/// they protect the people and the bill, whatever the action.
/// </summary>
public enum ClientAction
{
    /// <summary>A sign-up (page or API): <see cref="Configuration.RateLimitOptions.SignUpsPerClient"/>.</summary>
    SignUp,

    /// <summary>A new link or code for a waiting confirmation: <see cref="Configuration.RateLimitOptions.ResendsPerClient"/>.</summary>
    Resend,

    /// <summary>A fresh manage link by email: <see cref="Configuration.RateLimitOptions.ManageLinksPerClient"/>.</summary>
    ManageLink,

    /// <summary>Adding or changing an address or number: <see cref="Configuration.RateLimitOptions.ContactChangesPerClient"/>.</summary>
    ContactChange,

    /// <summary>
    /// Confirming a sign-up or a new address or number with its link or code: <see cref="Configuration.RateLimitOptions.ConfirmAttemptsPerClient"/>
    /// (it sends nothing, so a refusal says nothing was confirmed).
    /// </summary>
    Confirm,
}
