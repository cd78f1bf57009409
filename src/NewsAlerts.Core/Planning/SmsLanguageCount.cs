namespace NewsAlerts.Core.Planning;

/// <summary>How many texts an article sends in one language, whatever the country (what the preview shows per language).</summary>
/// <param name="Language">One of <see cref="Texts.TextLanguages.Offered"/>.</param>
/// <param name="Texts">Texts in that language.</param>
/// <param name="FirstTexts">Of those, first texts to a number (with the opt-out line).</param>
public sealed record SmsLanguageCount(string Language, int Texts, int FirstTexts);
