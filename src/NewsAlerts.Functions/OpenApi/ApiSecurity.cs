namespace NewsAlerts.Functions.OpenApi;

/// <summary>What an API operation asks of its caller, as the OpenAPI document's security requirement.</summary>
public enum ApiSecurity
{
    /// <summary>Nothing (or a token the operation checks itself, such as a signed link).</summary>
    None,

    /// <summary>The function key (<c>x-functions-key</c> header or <c>code</c> query), as CMS integrations use.</summary>
    FunctionKey,

    /// <summary>A subscriber's manage token (<c>Authorization: Bearer</c> or <c>?token=</c>).</summary>
    ManageToken,

    /// <summary>An editor (<c>EditorGate</c>): an Entra ID bearer token with the <c>Editor</c> role, the platform's sign-in or the session cookie (sign-in with Microsoft or the development sign-in).</summary>
    Editor,
}
