namespace NewsAlerts.Integration.Tests;

using System.Text.RegularExpressions;
using System.Web;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Security;
using NewsAlerts.Testing;

/// <summary>
/// Links as emails and texts carried them before the pages existed (<c>/api/subscribers/{id}?token=</c>,
/// <c>/api/unsubscribe?token=</c>, <c>/api/sign-ups/{id}/confirm-email?token=</c>), signed with the host's key as
/// <see cref="AlertLinks"/> signed them; and the confirmation link of a new email turned into the API call a client makes.
/// </summary>
internal static partial class SentLinks
{
    /// <summary>The old manage link of <paramref name="subscriberId"/> (also its JSON API address).</summary>
    public static Uri OldManage(TestFunctionHost host, string subscriberId) =>
        new(host.Client.BaseAddress!, $"api/subscribers/{subscriberId}?token={Uri.EscapeDataString(Issue(host, TokenPurpose.Manage, subscriberId))}");

    /// <summary>The old unsubscribe link (and RFC 8058 one-click URL) of <paramref name="subscriberId"/>.</summary>
    public static Uri OldUnsubscribe(TestFunctionHost host, string subscriberId) =>
        new(host.Client.BaseAddress!, $"api/unsubscribe?token={Uri.EscapeDataString(Issue(host, TokenPurpose.Unsubscribe, subscriberId))}");

    /// <summary>The old confirmation link of a sign-up.</summary>
    public static Uri OldConfirmEmail(TestFunctionHost host, string signUpId, string token) =>
        new(host.Client.BaseAddress!, $"api/sign-ups/{Uri.EscapeDataString(signUpId)}/confirm-email?token={Uri.EscapeDataString(token)}");

    /// <summary>
    /// The confirmation link (<c>/confirm?signUp=&amp;token=</c>, or a change of address's <c>/confirm?token=</c>, whose
    /// token names its sign-up) in an email's <paramref name="text"/> as the API call that confirms it (<c>POST</c> it:
    /// <c>/api/sign-ups/{signUp}/confirm-email?token=</c>); fails when the text has none.
    /// </summary>
    public static Uri ConfirmApiOf(string? text)
    {
        var link = new Uri(ConfirmLink().Match(text ?? string.Empty).Value);
        Assert.Equal("/confirm", link.AbsolutePath);
        var query = HttpUtility.ParseQueryString(link.Query);
        var token = query["token"]!;
        // The token's payload is "purpose|subject|expiry|nonce" (TokenSigner): its subject is the sign-up it confirms.
        var signUp = query["signUp"] ?? System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[0])).Split('|')[1];
        return new Uri(link, $"/api/sign-ups/{Uri.EscapeDataString(signUp)}/confirm-email?token={Uri.EscapeDataString(token)}");
    }

    private static string Issue(TestFunctionHost host, TokenPurpose purpose, string subscriberId) =>
        host.Services.GetRequiredService<TokenSigner>().Issue(purpose, subscriberId, AlertLinks.Lifetime);

    [GeneratedRegex(@"https?://\S+/confirm\?(?:signUp|token)=\S+")]
    private static partial Regex ConfirmLink();
}
