namespace NewsAlerts.Core.Editor;

/// <summary>
/// What the console keeps for each editor's sign-in (by <c>Editor.Id</c>: the Entra ID object id, or <c>dev:{name}</c>):
/// today the desk language, the language the publish form starts on (trial r37: an editor of a French desk picked French
/// for every story).
/// </summary>
public interface IEditorSettings
{
    /// <summary>The desk language stored for <paramref name="editorId"/> (as stored), or null when none was chosen.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="editorId"/> is null.</exception>
    Task<string?> GetDeskLanguageAsync(string editorId, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="language"/> (checked by <see cref="DeskLanguage.Check"/> first) as <paramref name="editorId"/>'s desk language, replacing any.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    Task SetDeskLanguageAsync(string editorId, string language, CancellationToken cancellationToken);
}
