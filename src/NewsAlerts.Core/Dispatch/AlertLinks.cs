namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Security;

/// <summary>
/// The links an alert carries: manage, one-click unsubscribe (signed), and the SMS status callback. The links a person
/// opens point at the pages (<c>/manage?token=</c>, <c>/unsubscribe?token=</c>, <c>/confirm?signUp=&amp;token=</c>);
/// the <c>/api/...</c> forms sent before the pages existed keep answering (the API functions show or redirect to the pages).
/// </summary>
public sealed class AlertLinks(AlertsOptions options, TokenSigner tokens)
{
    /// <summary>How long the links in an alert keep working.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    private Uri Base => options.PublicBaseUrl ?? throw new InvalidOperationException("Setting 'Alerts:PublicBaseUrl' is missing.");

    /// <summary>Where the subscriber manages topics and channels: the preference centre, <c>/manage?token=</c>.</summary>
    public Uri Manage(string subscriberId) => Manage(subscriberId, tokens.Issue(TokenPurpose.Manage, subscriberId, Lifetime));

    /// <summary>
    /// The unsubscribe link and RFC 8058 one-click URL, <c>/unsubscribe?token=</c>: a GET shows the page's button, the
    /// one-click POST (<c>List-Unsubscribe=One-Click</c>, token in the query) unsubscribes without a page.
    /// </summary>
    public Uri Unsubscribe(string subscriberId) =>
        new(Base, $"unsubscribe?token={Uri.EscapeDataString(tokens.Issue(TokenPurpose.Unsubscribe, subscriberId, Lifetime))}");

    /// <summary>A short link to the article for SMS (<c>api/a/{code}</c> redirects to its URL, or shows the story when it has none), so texts stay one segment.</summary>
    public Uri ShortLink(string articleId) => new(Base, $"api/a/{ShortCode(articleId)}");

    /// <summary>
    /// Where a story is linked in an email or digest: its own web address, else its short link page
    /// (<see cref="StoryLinks.Of"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="articleId"/> is null.</exception>
    public Uri Story(string articleId, Uri? url) => StoryLinks.Of(url, ShortLink(articleId));

    /// <summary>
    /// <paramref name="content"/> with its link as an email shows it (<see cref="Story"/>): a story without a web address
    /// of its own links to its short link page. The email channel and the editor's preview of the email both use it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public Delivery.AlertContent Linked(Delivery.AlertContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content with { Url = Story(content.ArticleId, content.Url) };
    }

    /// <summary>The short code of an article id: 8 characters derived from its hash.</summary>
    public static string ShortCode(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(articleId));
        return System.Buffers.Text.Base64Url.EncodeToString(hash.AsSpan(0, 6));
    }

    /// <summary>Where Twilio posts delivery status.</summary>
    public Uri SmsStatusCallback() => new(Base, "api/twilio/status");

    /// <summary>
    /// Where the link confirming a change of address points: the confirm page, <c>/confirm?token=</c>, whose token names
    /// the change's sign-up (trial r37 #15: the sign-up id of a change is "m" and the subscriber id, which an email does not show).
    /// </summary>
    public Uri ConfirmAddressChange(string token) => new(Base, $"confirm?token={Uri.EscapeDataString(token)}");

    /// <summary>Where the confirmation link in the sign-up email points: the confirm page, <c>/confirm?signUp=&amp;token=</c>.</summary>
    public Uri ConfirmEmail(string signUpId, string token) =>
        new(Base, $"confirm?signUp={Uri.EscapeDataString(signUpId)}&token={Uri.EscapeDataString(token)}");

    /// <summary>
    /// The manage link with a given manage token (as handed out when a contact is confirmed): <c>/manage?token=</c>. The
    /// token alone names the subscriber; <paramref name="subscriberId"/> is kept for callers and checked non-empty.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="subscriberId"/> is null or empty.</exception>
    public Uri Manage(string subscriberId, string manageToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(subscriberId);
        return new(Base, $"manage?token={Uri.EscapeDataString(manageToken)}");
    }
}
