namespace NewsAlerts.Core.Articles;

/// <summary>One major correction of a story, as the version that made it stored it.</summary>
/// <param name="Version">The correcting version.</param>
/// <param name="Note">The editor's note to readers (ninjs <c>ednote</c> or <c>correction.note</c>), plain text; null when none was given.</param>
public sealed record CorrectionNote(int Version, string? Note);
