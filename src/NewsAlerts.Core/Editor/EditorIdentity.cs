namespace NewsAlerts.Core.Editor;

/// <summary>Who acted: a signed-in editor or the CMS calling the API with the function key.</summary>
/// <param name="Name">What the audit shows: the editor's name or sign-in (never a secret), or <see cref="ApiKeyName"/>.</param>
/// <param name="Kind">How they proved it: <c>entra</c>, <c>development</c> or <c>api-key</c>.</param>
public sealed record EditorIdentity(string Name, string Kind)
{
    /// <summary>The name of the CMS path in the audit.</summary>
    public const string ApiKeyName = "API key";

    /// <summary>The CMS (or any caller) publishing through <c>POST /api/articles</c> with the function key.</summary>
    public static EditorIdentity ApiKey { get; } = new(ApiKeyName, "api-key");
}
