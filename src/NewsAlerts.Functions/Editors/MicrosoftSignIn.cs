namespace NewsAlerts.Functions.Editors;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Pages.Editor;

/// <summary>
/// Editors' sign-in with Microsoft in a browser (OpenID Connect, Entra ID tenant <c>Editor:TenantId</c>, app registration
/// <c>Editor:ClientId</c>): <see cref="StartAsync"/> sends the browser to the tenant's authorize endpoint asking for an ID
/// token posted back to <see cref="SignInAttempts.CallbackPath"/>, with a state and nonce kept in a signed cookie;
/// <see cref="CompleteAsync"/> checks the answer's state against that cookie, then the ID token as
/// <see cref="EditorTokens.ValidateIdTokenAsync"/> does (signature, issuer, audience = the client id, lifetime, nonce,
/// app role <c>Editor</c>). No client secret: the app never redeems a code (README, Editors sign in, says why).
/// </summary>
public sealed partial class MicrosoftSignIn(
    IOptions<EditorOptions> options, IOptions<AlertsOptions> alerts, EditorTokens tokens, SignInAttempts attempts, ILogger<MicrosoftSignIn> logger)
{
    private const int MaxErrorCodeLength = 64;

    /// <summary>Whether editors can sign in with Microsoft here (<c>Editor:TenantId</c> and <c>Editor:ClientId</c> set).</summary>
    public bool Enabled => options.Value.ValidatesTokens;

    /// <summary>
    /// The authorize request to send the browser to for a sign-in returning to <paramref name="returnTo"/> (an off-site or
    /// non-editor path becomes <c>/editor</c>), after setting the attempt's cookie on the response; null when sign-in with
    /// Microsoft is off or the tenant's metadata cannot be read now.
    /// </summary>
    public async Task<Uri?> StartAsync(HttpRequest request, string? returnTo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enabled || await tokens.AuthorizationEndpointAsync(cancellationToken) is not { } endpoint)
        {
            return null;
        }

        var attempt = SignInAttempts.Start(returnTo);
        attempts.Remember(request.HttpContext.Response, attempt);
        return attempt.AuthorizeUri(endpoint, options.Value.ClientId!, CallbackUri(alerts.Value.PublicBaseUrl, request));
    }

    /// <summary>
    /// Checks Microsoft's answer (<paramref name="form"/>: <c>state</c>, then <c>error</c> or <c>id_token</c>) against the
    /// request's attempt cookie, which it clears (one use). Never throws for what the answer holds.
    /// </summary>
    public async Task<SignInOutcome> CompleteAsync(HttpRequest request, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(form);
        var attempt = attempts.Read(request);
        SignInAttempts.Forget(request.HttpContext.Response);
        var outcome = await CheckAsync(attempt, form, cancellationToken);
        if (outcome.Check.Editor is { } editor)
        {
            LogSignedIn(logger, editor.Id);
        }
        else
        {
            LogRefused(logger, outcome.Check.Refusal, outcome.Check.Reason ?? "-");
        }

        return outcome;
    }

    /// <summary>
    /// The redirect URI registered on the app registration: <c>{Alerts:PublicBaseUrl}/editor/signed-in</c>, or this
    /// request's scheme and host when no public base URL is set (local runs).
    /// </summary>
    public static Uri CallbackUri(Uri? publicBaseUrl, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = publicBaseUrl is { IsAbsoluteUri: true } configured
            ? configured.GetLeftPart(UriPartial.Authority)
            : $"{request.Scheme}://{request.Host}";
        return new Uri($"{origin}{SignInAttempts.CallbackPath}");
    }

    /// <summary>The sign-in page returning to <paramref name="returnTo"/>, on the same origin as <see cref="CallbackUri"/> (for a "sign in again" link).</summary>
    public Uri SignInAgainUri(HttpRequest request, string returnTo) =>
        new(CallbackUri(alerts.Value.PublicBaseUrl, request), $"{EditorGate.SignInPath}?returnTo={Uri.EscapeDataString(returnTo)}");

    /// <summary>Microsoft's error code as it may be shown (letters, digits and underscores, at most 64), or null.</summary>
    public static string? ErrorCode(string? error)
    {
        var code = new string((error ?? string.Empty).Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(MaxErrorCodeLength).ToArray());
        return code.Length == 0 ? null : code;
    }

    private async Task<SignInOutcome> CheckAsync(SignInAttempt? attempt, IFormCollection form, CancellationToken cancellationToken)
    {
        if (attempt is null)
        {
            return new SignInOutcome(EditorCheck.Refused(EditorRefusal.SignInNeeded, EditorStrings.SignInExpired), "/editor");
        }

        if (!attempt.Matches(form["state"].ToString()))
        {
            return new SignInOutcome(EditorCheck.Refused(EditorRefusal.SignInNeeded, EditorStrings.SignInStateWrong), attempt.ReturnTo);
        }

        var error = form["error"].ToString();
        if (error.Length > 0)
        {
            var reason = $"{EditorStrings.SignInRefusedByMicrosoft} ({ErrorCode(error) ?? "error"}).";
            return new SignInOutcome(EditorCheck.Refused(EditorRefusal.SignInNeeded, reason), attempt.ReturnTo);
        }

        var idToken = form["id_token"].ToString();
        if (idToken.Length == 0 || idToken.Count(c => c == '.') != 2)
        {
            return new SignInOutcome(EditorCheck.Refused(EditorRefusal.SignInNeeded, EditorStrings.SignInNoToken), attempt.ReturnTo);
        }

        return new SignInOutcome(await tokens.ValidateIdTokenAsync(idToken, attempt.Nonce, cancellationToken), attempt.ReturnTo);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Editor {EditorId} signed in with Microsoft")]
    private static partial void LogSignedIn(ILogger logger, string editorId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in with Microsoft refused ({Refusal}): {Reason}")]
    private static partial void LogRefused(ILogger logger, EditorRefusal refusal, string reason);
}
