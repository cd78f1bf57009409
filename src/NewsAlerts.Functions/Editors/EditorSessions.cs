namespace NewsAlerts.Functions.Editors;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Security;

/// <summary>
/// An editor's browser session, from the development sign-in or the sign-in with Microsoft: cookie
/// <see cref="CookieName"/> holding a <see cref="TokenSigner"/> token (HMAC-SHA256 with <c>Alerts:SigningKey</c>) of purpose
/// <see cref="TokenPurpose.EditorSession"/> over the editor's name (and, signed in with Microsoft, object id) and its
/// expiry; HttpOnly, SameSite=Strict, Secure when the app is served over https, path <c>/</c> (the console's JSON calls
/// carry it too). A forged, altered or expired cookie is no session.
/// </summary>
public sealed class EditorSessions(TokenSigner tokens, IOptions<EditorOptions> options, IOptions<AlertsOptions> alerts, TimeProvider time)
{
    /// <summary>The session cookie's name.</summary>
    public const string CookieName = "newsalerts-editor";

    /// <summary>The longest editor name kept (the rest is cut).</summary>
    public const int MaxNameLength = 80;

    /// <summary>The longest object id a Microsoft sign-in session keeps (Entra ID's are 36).</summary>
    public const int MaxIdLength = 64;

    // Signed tokens are at most 512 characters: a name is cut further until its escaped form fits in this.
    private const int MaxEscapedNameLength = 200;
    private const string MicrosoftPrefix = "ms:";

    /// <summary>How long a session lasts (<c>Editor:SessionMinutes</c>).</summary>
    public TimeSpan Lifetime => TimeSpan.FromMinutes(options.Value.SessionMinutes);

    /// <summary>The session token for an editor called <paramref name="name"/> (trimmed, cut to <see cref="MaxNameLength"/>).</summary>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public string Issue(string name)
    {
        var cleaned = Fit(Clean(name));
        if (cleaned.Length == 0)
        {
            throw new ArgumentException("An editor name is required.", nameof(name));
        }

        return tokens.Issue(TokenPurpose.EditorSession, Uri.EscapeDataString(cleaned), Lifetime);
    }

    /// <summary>
    /// The session token for an editor who signed in with Microsoft: their object id (<c>oid</c>, at most
    /// <see cref="MaxIdLength"/> characters) and name, for the audit.
    /// </summary>
    /// <exception cref="ArgumentException">The id is empty or too long, or the name is empty.</exception>
    public string Issue(Editor editor)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (editor.Source != EditorSource.MicrosoftSignIn)
        {
            return Issue(editor.Name);
        }

        var name = Fit(Clean(editor.Name));
        if (string.IsNullOrWhiteSpace(editor.Id) || editor.Id.Length > MaxIdLength || name.Length == 0)
        {
            throw new ArgumentException("An editor signed in with Microsoft needs an id (at most 64 characters) and a name.", nameof(editor));
        }

        // Escaped parts never hold ':' or '|', so the prefix and the separator cannot be forged by a name.
        return tokens.Issue(TokenPurpose.EditorSession, $"{MicrosoftPrefix}{Uri.EscapeDataString(editor.Id)}:{Uri.EscapeDataString(name)}", Lifetime);
    }

    /// <summary>The editor of a valid, unexpired session token, or null (its source says which sign-in issued it).</summary>
    public Editor? Verify(string? token)
    {
        if (tokens.Verify(token, TokenPurpose.EditorSession) is not { } verified)
        {
            return null;
        }

        if (!verified.SubscriberId.StartsWith(MicrosoftPrefix, StringComparison.Ordinal))
        {
            return Unescape(verified.SubscriberId) is { Length: > 0 } name ? new Editor($"dev:{name}", name, EditorSource.DevSignIn) : null;
        }

        return verified.SubscriberId[MicrosoftPrefix.Length..].Split(':') is [var id, var escapedName]
            && Unescape(id) is { Length: > 0 } oid && Unescape(escapedName) is { Length: > 0 } editorName
                ? new Editor(oid, editorName, EditorSource.MicrosoftSignIn)
                : null;
    }

    /// <summary>The editor of the request's session cookie, or null.</summary>
    public Editor? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Cookies.TryGetValue(CookieName, out var token) ? Verify(token) : null;
    }

    /// <summary>Sets the session cookie for <paramref name="name"/> on the response.</summary>
    public void SignIn(HttpResponse response, string name)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(CookieName, Issue(name), Cookie(response.HttpContext.Request, time.GetUtcNow().Add(Lifetime)));
    }

    /// <summary>Sets the session cookie for <paramref name="editor"/> (signed in with Microsoft) on the response.</summary>
    public void SignIn(HttpResponse response, Editor editor)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(CookieName, Issue(editor), Cookie(response.HttpContext.Request, time.GetUtcNow().Add(Lifetime)));
    }

    /// <summary>Clears the session cookie.</summary>
    public void SignOut(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Delete(CookieName, Cookie(response.HttpContext.Request, DateTimeOffset.UnixEpoch));
    }

    /// <summary>
    /// A name as it is kept: control characters and bidirectional formatting characters (U+200E, U+200F, U+061C,
    /// U+202A-U+202E, U+2066-U+2069) dropped, trimmed, at most <see cref="MaxNameLength"/> characters. The sign-in form
    /// refuses a typed name holding them (<see cref="EditorSignInFunction"/>); a name from Microsoft or an older cookie
    /// is stripped here, so no audit author can read as another name (trial r36 #3: <c>Zoë U+202E evil</c> showed as "Zoë live").
    /// </summary>
    public static string Clean(string? name) =>
        new string((name ?? string.Empty).Where(c => !char.IsControl(c) && !IsBidiFormat(c)).ToArray()).Trim() is var trimmed && trimmed.Length > MaxNameLength
            ? trimmed[..MaxNameLength].TrimEnd()
            : trimmed;

    private CookieOptions Cookie(HttpRequest request, DateTimeOffset expires) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = request.IsHttps || alerts.Value.PublicBaseUrl?.Scheme == Uri.UriSchemeHttps,
        Path = "/",
        Expires = expires,
        IsEssential = true,
    };

    private static bool IsBidiFormat(char c) => c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string Fit(string name)
    {
        var fitted = name;
        while (Uri.EscapeDataString(fitted).Length > MaxEscapedNameLength)
        {
            fitted = fitted[..^1].TrimEnd();
        }

        return fitted;
    }

    private static string? Unescape(string value)
    {
        try
        {
            return Clean(Uri.UnescapeDataString(value));
        }
        catch (UriFormatException)
        {
            return null;
        }
    }
}
