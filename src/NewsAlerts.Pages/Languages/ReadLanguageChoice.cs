namespace NewsAlerts.Pages.Languages;

/// <summary>One checkbox of "Languages I read" (<see cref="ReadLanguages"/>).</summary>
/// <param name="Code">The value posted: an ISO 639-1 code, or a stored BCP 47 tag of a language the pages do not offer.</param>
/// <param name="Label">The language's name in the page's language with its own name (<c>anglais (English)</c>).</param>
/// <param name="Checked">Whether it is ticked.</param>
/// <param name="Locked">Whether it is the alert language: ticked, disabled and never posted (always read).</param>
public sealed record ReadLanguageChoice(string Code, string Label, bool Checked, bool Locked);
