namespace NewsAlerts.Functions.Editors;

using Microsoft.AspNetCore.Mvc;

/// <summary>
/// An editor page's or JSON call's answer from <see cref="EditorGate"/>: the editor, or the refusal to return as it is
/// (<c>var (editor, refused) = await gate.ForPageAsync(request, ct); if (editor is null) return refused!;</c>).
/// </summary>
/// <param name="Editor">The editor, or null.</param>
/// <param name="Refused">The answer to give when there is no editor, or null.</param>
public sealed record EditorAdmission(Editor? Editor, IActionResult? Refused);
