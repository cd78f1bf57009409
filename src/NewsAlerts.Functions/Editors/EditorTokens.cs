namespace NewsAlerts.Functions.Editors;

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

/// <summary>
/// Validates an editor's Entra ID access token, or the ID token of the sign-in with Microsoft
/// (<see cref="ValidateIdTokenAsync"/>), in the app (when the platform's built-in authentication is not used):
/// signature by a key of the tenant's OpenID metadata (<c>{Editor:Authority}/.well-known/openid-configuration</c>,
/// cached and refreshed by the configuration manager), issuer (the metadata's, or the tenant's v1 issuer), audience
/// (<c>Editor:ClientId</c> or <c>api://{ClientId}</c>), lifetime (by <see cref="TimeProvider"/>, 5 minutes' skew), and
/// the <c>Editor</c> app role in <c>roles</c>. Microsoft.Identity.Web is not used: it plugs into ASP.NET Core's
/// authentication middleware, which the Functions worker's HTTP pipeline and the local host do not run per function.
/// </summary>
public sealed class EditorTokens
{
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);
    private readonly EditorOptions options;
    private readonly TimeProvider time;
    private readonly Lazy<IConfigurationManager<OpenIdConnectConfiguration>> metadata;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    /// <summary>Creates the validator; <paramref name="metadata"/> replaces the tenant's metadata (tests: a local signing key).</summary>
    public EditorTokens(IOptions<EditorOptions> options, TimeProvider time, IConfigurationManager<OpenIdConnectConfiguration>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.time = time;
        this.metadata = new(() => metadata ?? new ConfigurationManager<OpenIdConnectConfiguration>(
            $"{this.options.AuthorityOrDefault.AbsoluteUri.TrimEnd('/')}/.well-known/openid-configuration",
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = true }));
    }

    /// <summary>Whether bearer tokens are accepted at all (<c>Editor:TenantId</c> and <c>Editor:ClientId</c> set).</summary>
    public bool Enabled => options.ValidatesTokens;

    /// <summary>The editor of a valid token holding the <c>Editor</c> role; otherwise why not.</summary>
    public Task<EditorCheck> ValidateAsync(string token, CancellationToken cancellationToken) =>
        ValidateAsync(token, [options.ClientId!, $"api://{options.ClientId}"], null, EditorSource.BearerToken, cancellationToken);

    /// <summary>
    /// The editor of an ID token from the sign-in with Microsoft: checked like an access token, but its audience must be
    /// the client id itself and its <c>nonce</c> claim must equal <paramref name="nonce"/> (the one this browser's sign-in
    /// sent, so a token captured elsewhere cannot be replayed here).
    /// </summary>
    public Task<EditorCheck> ValidateIdTokenAsync(string idToken, string nonce, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        return ValidateAsync(idToken, [options.ClientId!], nonce, EditorSource.MicrosoftSignIn, cancellationToken);
    }

    /// <summary>The tenant's authorization endpoint (from its OpenID metadata), or null when it cannot be read now.</summary>
    public async Task<Uri?> AuthorizationEndpointAsync(CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return null;
        }

        try
        {
            var configuration = await metadata.Value.GetConfigurationAsync(cancellationToken);
            return Uri.TryCreate(configuration.AuthorizationEndpoint, UriKind.Absolute, out var endpoint) && endpoint.Scheme == Uri.UriSchemeHttps ? endpoint : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private async Task<EditorCheck> ValidateAsync(
        string token, IReadOnlyList<string> audiences, string? nonce, EditorSource source, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return EditorCheck.Refused(EditorRefusal.InvalidToken, "bearer tokens are not accepted by this app.");
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await metadata.Value.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return EditorCheck.Refused(EditorRefusal.InvalidToken, "the identity provider's keys could not be read; try again.");
        }

        var result = await handler.ValidateTokenAsync(token, Parameters(configuration, audiences));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return EditorCheck.Refused(EditorRefusal.InvalidToken, Describe(result.Exception));
        }

        if (nonce is not null && !SameText(Claim(jwt, "nonce"), nonce))
        {
            return EditorCheck.Refused(EditorRefusal.InvalidToken, "the token was not issued for this sign-in (its nonce does not match).");
        }

        var roles = jwt.Claims.Where(c => c.Type == "roles").Select(c => c.Value);
        if (!roles.Contains(EditorOptions.Role, StringComparer.Ordinal))
        {
            return EditorCheck.Refused(EditorRefusal.NotAnEditor, $"the token does not hold the app role '{EditorOptions.Role}'.");
        }

        var id = Claim(jwt, "oid") ?? Claim(jwt, "sub") ?? "unknown";
        var name = Claim(jwt, "name") ?? Claim(jwt, "preferred_username") ?? Claim(jwt, "azp") ?? Claim(jwt, "appid") ?? id;
        return EditorCheck.Of(new Editor(id, name, source));
    }

    private static bool SameText(string? actual, string expected) =>
        actual is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(actual), Encoding.UTF8.GetBytes(expected));

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, IReadOnlyList<string> audiences) => new()
    {
        ValidIssuers = [.. new[] { configuration.Issuer, options.Authority is null ? $"https://sts.windows.net/{options.TenantId}/" : null }.OfType<string>()],
        ValidAudiences = audiences,
        IssuerSigningKeys = configuration.SigningKeys,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = Skew,
        LifetimeValidator = (notBefore, expires, _, _) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            return expires is { } e && e.ToUniversalTime() > now - Skew && (notBefore is not { } n || n.ToUniversalTime() <= now + Skew);
        },
    };

    private static string? Claim(JsonWebToken jwt, string type) =>
        jwt.TryGetPayloadValue<string>(type, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenInvalidAudienceException => "the token is for another audience.",
        SecurityTokenInvalidIssuerException => "the token is from another issuer.",
        SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException or SecurityTokenNotYetValidException => "the token has expired or is not valid yet.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "the token's signature is not valid.",
        _ => "the token is not valid.",
    };
}
