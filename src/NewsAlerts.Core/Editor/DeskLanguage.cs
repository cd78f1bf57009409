namespace NewsAlerts.Core.Editor;

using NewsAlerts.Core.Texts;

/// <summary>
/// An editor's desk language: the language the console's publish form starts on, overridable per story on the form. One of
/// <see cref="TextLanguages.Offered"/> (the languages the form lists); without one chosen, the API's default for an article
/// without a language (<see cref="TextLanguages.Default"/>, <c>en</c>).
/// </summary>
public static class DeskLanguage
{
    /// <summary>
    /// The language the form starts on: <paramref name="stored"/> when it is one of <see cref="TextLanguages.Offered"/>
    /// (a value stored by an older release and no longer offered is ignored), else <see cref="TextLanguages.Default"/>.
    /// </summary>
    public static string Of(string? stored) => stored is not null && TextLanguages.Offered.Contains(stored) ? stored : TextLanguages.Default;

    /// <summary>
    /// The posted choice as stored, or the reason it is refused: it must be exactly one of <see cref="TextLanguages.Offered"/>
    /// (the form's options: ISO 639-1 codes in lower case), nothing else is guessed.
    /// </summary>
    public static (string? Language, string? Refused) Check(string? posted)
    {
        var value = posted?.Trim();
        return string.IsNullOrEmpty(value) ? (null, "missing")
            : TextLanguages.Offered.Contains(value) ? (value, null)
            : (null, "not offered");
    }
}
