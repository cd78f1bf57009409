namespace NewsAlerts.Functions.Editors;

using System.Text.Json.Serialization;

/// <summary>How an editor was recognised, in the order <see cref="EditorGate"/> tries them (JSON: the name, e.g. <c>"DevSignIn"</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EditorSource>))]
public enum EditorSource
{
    /// <summary>App Service built-in authentication ("Easy Auth"): the platform's <c>X-MS-CLIENT-PRINCIPAL</c> header.</summary>
    Platform,

    /// <summary>An Entra ID access token (<c>Authorization: Bearer</c>) validated by the app.</summary>
    BearerToken,

    /// <summary>The development sign-in's session cookie (local only, with the function key).</summary>
    DevSignIn,

    /// <summary>
    /// Signed in with Microsoft in the browser (OpenID Connect against the tenant of <c>Editor:TenantId</c>): the session
    /// cookie set by <c>/editor/signed-in</c> after the ID token was checked.
    /// </summary>
    MicrosoftSignIn,
}
