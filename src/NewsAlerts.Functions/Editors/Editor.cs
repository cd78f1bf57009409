namespace NewsAlerts.Functions.Editors;

/// <summary>A signed-in editor, as the audit records them.</summary>
/// <param name="Id">A stable id: the Entra ID object id (<c>oid</c>), or <c>dev:{name}</c> for a development sign-in.</param>
/// <param name="Name">A display name (Entra ID <c>name</c> or <c>preferred_username</c>; the name typed at the development sign-in).</param>
/// <param name="Source">How the editor was recognised.</param>
public sealed record Editor(string Id, string Name, EditorSource Source);
