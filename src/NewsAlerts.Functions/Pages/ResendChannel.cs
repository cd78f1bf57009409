namespace NewsAlerts.Functions.Pages;

using NewsAlerts.Core.Delivery;

/// <summary>
/// The hidden field (<c>channel</c>) of a resend form on the confirmation pages, naming the one channel its button
/// sends again (trial r37 #2: "Send me a new code" also sent a new link and voided the one in the inbox): <c>sms</c> on
/// the code page, <c>email</c> on a link's pages. A form without it (or with any other value) resends both, as
/// <c>POST /api/sign-ups/{id}/resend</c> does.
/// </summary>
public static class ResendChannel
{
    /// <summary>The form field's name.</summary>
    public const string Field = "channel";

    /// <summary>The hidden field of a button that sends a new code only.</summary>
    public static (string Name, string Value) Code => (Field, "sms");

    /// <summary>The hidden field of a button that sends a new link only.</summary>
    public static (string Name, string Value) Link => (Field, "email");

    /// <summary>The channel <paramref name="value"/> names (<c>sms</c>, <c>email</c>), or null for both.</summary>
    public static Channel? Of(string? value) => value switch
    {
        "sms" => Channel.Sms,
        "email" => Channel.Email,
        _ => null,
    };
}
