namespace NewsAlerts.Testing.Editors;

using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using NewsAlerts.Functions.Editors;

/// <summary>
/// A stand-in for an Entra ID tenant, without the internet: an RSA signing key, its OpenID metadata (served through an
/// injectable configuration manager) and access tokens minted like Entra ID's (issuer, audience, <c>roles</c>, lifetime).
/// </summary>
public sealed class EditorTokenIssuer : IDisposable
{
    /// <summary>The test tenant id.</summary>
    public const string TenantId = "11111111-2222-3333-4444-555555555555";

    /// <summary>The test app registration's client id.</summary>
    public const string ClientId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    private readonly RSA rsa = RSA.Create(2048);
    private readonly RsaSecurityKey key;

    /// <summary>Creates the tenant with a fresh key.</summary>
    public EditorTokenIssuer()
    {
        key = new RsaSecurityKey(rsa) { KeyId = Guid.NewGuid().ToString("N") };
        var configuration = new OpenIdConnectConfiguration { Issuer = Issuer, AuthorizationEndpoint = AuthorizationEndpoint };
        configuration.SigningKeys.Add(key);
        Metadata = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
    }

    /// <summary>The tenant's v2 issuer.</summary>
    public static string Issuer => $"https://login.microsoftonline.com/{TenantId}/v2.0";

    /// <summary>The tenant's authorize endpoint, as its metadata names it (nothing listens there: tests post the answer themselves).</summary>
    public static string AuthorizationEndpoint => $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/authorize";

    /// <summary>The tenant's metadata (issuer, authorize endpoint and signing key), for <c>EditorTokens</c>.</summary>
    public IConfigurationManager<OpenIdConnectConfiguration> Metadata { get; }

    /// <summary>The settings that make the app validate this tenant's tokens.</summary>
    public static IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Editor:TenantId"] = TenantId,
        ["Editor:ClientId"] = ClientId,
    };

    /// <summary>
    /// The app's token validation reading this tenant's metadata: set up for <see cref="TenantId"/> and <see cref="ClientId"/>,
    /// or with <paramref name="configured"/> false for neither (editor sign-in switched off).
    /// </summary>
    public EditorTokens Validator(bool configured = true) =>
        new(Options.Create(configured ? new EditorOptions { TenantId = TenantId, ClientId = ClientId } : new EditorOptions()), TimeProvider.System, Metadata);

    /// <summary>
    /// An access token for <paramref name="audience"/> (the client id by default) holding <paramref name="roles"/>, valid
    /// from <paramref name="issuedAt"/> (now) for <paramref name="lifetime"/> (an hour); <paramref name="otherKey"/> signs it with a key the tenant never published;
    /// with <paramref name="nonce"/>, an ID token of the sign-in that sent that nonce.
    /// </summary>
    public string Mint(
        IReadOnlyList<string> roles, string? audience = null, DateTimeOffset? issuedAt = null, TimeSpan? lifetime = null, string? issuer = null,
        bool otherKey = false, string name = "Erin Editor", string? nonce = null)
    {
        var now = issuedAt ?? DateTimeOffset.UtcNow;
        using var other = RSA.Create(2048);
        var signingKey = otherKey ? new RsaSecurityKey(other) { KeyId = key.KeyId } : key;
        var claims = new Dictionary<string, object>
        {
            ["oid"] = "00000000-0000-0000-0000-0000000000e1",
            ["name"] = name,
            ["tid"] = TenantId,
            ["roles"] = roles.ToArray(),
        };
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience ?? ClientId,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.Add(lifetime ?? TimeSpan.FromHours(1)).UtcDateTime,
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <inheritdoc />
    public void Dispose() => rsa.Dispose();
}
