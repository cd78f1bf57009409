namespace NewsAlerts.Functions.Editors;

/// <summary>What <see cref="EditorGate.CheckAsync"/> found: the editor, or why there is none.</summary>
/// <param name="Editor">The editor, or null when refused.</param>
/// <param name="Refusal">Why refused, <see cref="EditorRefusal.None"/> with an editor.</param>
/// <param name="Reason">A short reason for the refusal (safe to show: no token or key in it), or null.</param>
public sealed record EditorCheck(Editor? Editor, EditorRefusal Refusal, string? Reason)
{
    /// <summary>An editor was recognised.</summary>
    public static EditorCheck Of(Editor editor) => new(editor, EditorRefusal.None, null);

    /// <summary>Refused for <paramref name="refusal"/>.</summary>
    public static EditorCheck Refused(EditorRefusal refusal, string reason) => new(null, refusal, reason);
}
