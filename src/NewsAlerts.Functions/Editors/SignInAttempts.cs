namespace NewsAlerts.Functions.Editors;

using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using NewsAlerts.Core.Security;

/// <summary>
/// Keeps a <see cref="SignInAttempt"/> in the cookie <see cref="CookieName"/>: a <see cref="TokenSigner"/> token of purpose
/// <see cref="TokenPurpose.EditorSignIn"/> (HMAC with <c>Alerts:SigningKey</c>) valid <see cref="Lifetime"/>, path
/// <see cref="CallbackPath"/> only, HttpOnly, Secure and SameSite=None: Microsoft posts the answer back from its own
/// site, and a browser sends a cookie with a cross-site POST only when it is SameSite=None (which must be Secure; browsers
/// allow that on https and on http://localhost, the only addresses Entra ID accepts as redirect URIs).
/// </summary>
public sealed class SignInAttempts(TokenSigner tokens, TimeProvider time)
{
    /// <summary>The cookie's name.</summary>
    public const string CookieName = "newsalerts-editor-sign-in";

    /// <summary>Where Microsoft posts the answer (<c>/editor/signed-in</c>); the cookie is sent only there.</summary>
    public const string CallbackPath = "/editor/signed-in";

    /// <summary>How long an editor has to finish signing in at Microsoft.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    // A signed token is at most 512 characters: a longer return path falls back to the console.
    private const int MaxReturnToLength = 200;

    /// <summary>A new attempt (fresh state and nonce) returning to <paramref name="returnTo"/>, or <c>/editor</c> when that is not an editor path or too long.</summary>
    public static SignInAttempt Start(string? returnTo) => new(
        Random(),
        Random(),
        EditorGate.IsReturnPath(returnTo) && returnTo!.Length <= MaxReturnToLength ? returnTo : "/editor");

    /// <summary>The cookie value of <paramref name="attempt"/>.</summary>
    public string Protect(SignInAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var returnTo = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(attempt.ReturnTo));
        return tokens.Issue(TokenPurpose.EditorSignIn, $"{attempt.State}:{attempt.Nonce}:{returnTo}", Lifetime);
    }

    /// <summary>The attempt in a valid, unexpired cookie value, or null (forged, altered, expired, another purpose).</summary>
    public SignInAttempt? Unprotect(string? value)
    {
        if (tokens.Verify(value, TokenPurpose.EditorSignIn) is not { } verified || verified.SubscriberId.Split(':') is not [var state, var nonce, var encoded])
        {
            return null;
        }

        try
        {
            var returnTo = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(encoded));
            return state.Length > 0 && nonce.Length > 0 && EditorGate.IsReturnPath(returnTo) ? new SignInAttempt(state, nonce, returnTo) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Sets the cookie for <paramref name="attempt"/> on the response.</summary>
    public void Remember(HttpResponse response, SignInAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(CookieName, Protect(attempt), Cookie(time.GetUtcNow().Add(Lifetime)));
    }

    /// <summary>The attempt of the request's cookie, or null.</summary>
    public SignInAttempt? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Cookies.TryGetValue(CookieName, out var value) ? Unprotect(value) : null;
    }

    /// <summary>Clears the cookie (an attempt is used once, whatever its outcome).</summary>
    public static void Forget(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Delete(CookieName, Cookie(DateTimeOffset.UnixEpoch));
    }

    private static CookieOptions Cookie(DateTimeOffset expires) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.None,
        Path = CallbackPath,
        Expires = expires,
        IsEssential = true,
    };

    private static string Random() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}
