namespace NewsAlerts.Cli.LocalHost;

using NewsAlerts.Functions.Editors;

/// <summary>
/// The development sign-in's keys on the local host: whatever key opens <c>POST /api/articles</c> (function
/// <c>PublishArticle</c>: its own key, the <c>default</c> function key or the master key), so an editor signs in to the
/// console with the key they already publish with.
/// </summary>
public sealed class LocalDevSignInKeys(FunctionKeyAuthorizer authorizer) : IDevSignInKeys
{
    /// <summary>The function whose key is the editor key.</summary>
    public const string EditorFunction = "PublishArticle";

    /// <inheritdoc />
    public bool Accepts(string key) => !string.IsNullOrEmpty(key) && authorizer.Opens(EditorFunction, key);
}
