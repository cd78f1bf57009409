namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Security;

/// <summary>The links an alert carries: manage, one-click unsubscribe (signed), and the SMS status callback.</summary>
public sealed class AlertLinks(AlertsOptions options, TokenSigner tokens)
{
    /// <summary>How long the links in an alert keep working.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    private Uri Base => options.PublicBaseUrl ?? throw new InvalidOperationException("Setting 'Alerts:PublicBaseUrl' is missing.");

    /// <summary>Where the subscriber manages topics and channels.</summary>
    public Uri Manage(string subscriberId) =>
        new(Base, $"api/subscribers/{subscriberId}?token={Uri.EscapeDataString(tokens.Issue(TokenPurpose.Manage, subscriberId, Lifetime))}");

    /// <summary>The RFC 8058 one-click unsubscribe URL.</summary>
    public Uri Unsubscribe(string subscriberId) =>
        new(Base, $"api/unsubscribe?token={Uri.EscapeDataString(tokens.Issue(TokenPurpose.Unsubscribe, subscriberId, Lifetime))}");

    /// <summary>A short link to the article for SMS (<c>api/a/{code}</c> redirects to its URL), so texts stay one segment.</summary>
    public Uri ShortLink(string articleId) => new(Base, $"api/a/{ShortCode(articleId)}");

    /// <summary>The short code of an article id: 8 characters derived from its hash.</summary>
    public static string ShortCode(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(articleId));
        return System.Buffers.Text.Base64Url.EncodeToString(hash.AsSpan(0, 6));
    }

    /// <summary>Where Twilio posts delivery status.</summary>
    public Uri SmsStatusCallback() => new(Base, "api/twilio/status");

    /// <summary>Where the confirmation link in the sign-up email points.</summary>
    public Uri ConfirmEmail(string signUpId, string token) =>
        new(Base, $"api/sign-ups/{Uri.EscapeDataString(signUpId)}/confirm-email?token={Uri.EscapeDataString(token)}");

    /// <summary>The manage link with a given manage token (as handed out when a contact is confirmed).</summary>
    public Uri Manage(string subscriberId, string manageToken) =>
        new(Base, $"api/subscribers/{subscriberId}?token={Uri.EscapeDataString(manageToken)}");
}
