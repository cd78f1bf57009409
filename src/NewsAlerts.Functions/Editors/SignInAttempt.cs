namespace NewsAlerts.Functions.Editors;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// One sign-in with Microsoft under way in one browser: the OpenID Connect <c>state</c> (CSRF: the answer must carry it)
/// and <c>nonce</c> (the ID token must carry it) sent to the authorize endpoint, and where to go afterwards. Kept in a
/// short-lived signed cookie (<see cref="SignInAttempts"/>), never on the server.
/// </summary>
/// <param name="State">Random, base64url (128 bits).</param>
/// <param name="Nonce">Random, base64url (128 bits).</param>
/// <param name="ReturnTo">An <c>/editor</c> path of this app (<see cref="EditorGate.IsReturnPath"/>).</param>
public sealed record SignInAttempt(string State, string Nonce, string ReturnTo)
{
    /// <summary>Whether <paramref name="postedState"/>, from the answer, is this attempt's state (constant time).</summary>
    public bool Matches(string? postedState) =>
        !string.IsNullOrEmpty(postedState)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(postedState), Encoding.UTF8.GetBytes(State));

    /// <summary>
    /// The authorize request for this attempt: <paramref name="authorizationEndpoint"/> with the client id, an ID token
    /// only (<c>response_type=id_token</c>, no access token reaches the browser), posted back to
    /// <paramref name="redirectUri"/> (<c>response_mode=form_post</c>, so the token is in no URL or history), scope
    /// <c>openid profile</c> (the name for the audit), and the state and nonce.
    /// </summary>
    /// <exception cref="ArgumentException">The endpoint or redirect URI is not an absolute URI.</exception>
    public Uri AuthorizeUri(Uri authorizationEndpoint, string clientId, Uri redirectUri)
    {
        ArgumentNullException.ThrowIfNull(authorizationEndpoint);
        ArgumentNullException.ThrowIfNull(redirectUri);
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        if (!authorizationEndpoint.IsAbsoluteUri || !redirectUri.IsAbsoluteUri)
        {
            throw new ArgumentException("The authorization endpoint and the redirect URI must be absolute.", nameof(authorizationEndpoint));
        }

        (string Name, string Value)[] parameters =
        [
            ("client_id", clientId),
            ("response_type", "id_token"),
            ("response_mode", "form_post"),
            ("redirect_uri", redirectUri.AbsoluteUri),
            ("scope", "openid profile"),
            ("state", State),
            ("nonce", Nonce),
        ];
        var query = string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        var existing = authorizationEndpoint.Query.TrimStart('?');
        var builder = new UriBuilder(authorizationEndpoint) { Query = existing.Length == 0 ? query : $"{existing}&{query}" };
        return builder.Uri;
    }
}
