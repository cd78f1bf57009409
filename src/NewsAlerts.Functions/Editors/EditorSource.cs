namespace NewsAlerts.Functions.Editors;

/// <summary>How an editor was recognised, in the order <see cref="EditorGate"/> tries them.</summary>
public enum EditorSource
{
    /// <summary>App Service built-in authentication ("Easy Auth"): the platform's <c>X-MS-CLIENT-PRINCIPAL</c> header.</summary>
    Platform,

    /// <summary>An Entra ID access token (<c>Authorization: Bearer</c>) validated by the app.</summary>
    BearerToken,

    /// <summary>The development sign-in's session cookie (local only, with the function key).</summary>
    DevSignIn,
}
