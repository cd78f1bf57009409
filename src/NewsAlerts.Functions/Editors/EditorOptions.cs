namespace NewsAlerts.Functions.Editors;

using System.ComponentModel.DataAnnotations;

/// <summary>
/// Who may act as an editor (section <c>Editor</c>). In Azure either the platform's built-in authentication
/// (<see cref="PlatformAuth"/>) or the app's own token validation (<see cref="TenantId"/> and <see cref="ClientId"/>);
/// locally the development sign-in (<see cref="DevSignIn"/>), which the Bicep templates never turn on.
/// </summary>
public sealed class EditorOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Editor";

    /// <summary>The app role an editor must hold (Entra ID app role value, in the token's <c>roles</c> claim).</summary>
    public const string Role = "Editor";

    /// <summary>
    /// Whether App Service built-in authentication is on in front of the app, so its <c>X-MS-CLIENT-PRINCIPAL</c> header
    /// can be trusted (the platform strips a caller's own). Off: the header is ignored, since anyone could send it.
    /// </summary>
    public bool PlatformAuth { get; set; }

    /// <summary>The Entra ID tenant (directory) id whose access tokens are accepted; empty: no bearer tokens.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's client (application) id: tokens must be issued for it (<c>{id}</c> or <c>api://{id}</c>).</summary>
    public string? ClientId { get; set; }

    /// <summary>The authority whose OpenID metadata signs the tokens; <c>https://login.microsoftonline.com/{TenantId}/v2.0</c> when empty.</summary>
    public Uri? Authority { get; set; }

    /// <summary>Whether the development sign-in (<c>/editor/sign-in</c> with the function key) is on. Local only.</summary>
    public bool DevSignIn { get; set; }

    /// <summary>How long a development sign-in lasts, in minutes (1..1440).</summary>
    [Range(1, 1440)]
    public int SessionMinutes { get; set; } = 480;

    /// <summary>Whether bearer tokens are validated in the app.</summary>
    public bool ValidatesTokens => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The authority (issuer base) of <see cref="TenantId"/>.</summary>
    public Uri AuthorityOrDefault => Authority ?? new Uri($"https://login.microsoftonline.com/{TenantId}/v2.0");
}
