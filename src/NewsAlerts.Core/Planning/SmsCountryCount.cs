namespace NewsAlerts.Core.Planning;

using NewsAlerts.Core.Texts;

/// <summary>
/// How many texts an article sends to numbers of one country in one language (for the editor's cost estimate; no
/// numbers): the language decides the words the composer adds (prefix, opt-out line) and so the encoding and segments.
/// </summary>
/// <param name="Country">The ISO 3166-1 alpha-2 region of the numbers (<c>GB</c>), or <c>ZZ</c> when libphonenumber cannot tell.</param>
/// <param name="CallingCode">The country calling code without <c>+</c> (<c>44</c>), or 0 when unknown.</param>
/// <param name="Texts">Texts to numbers of that country (sent now or after quiet hours).</param>
/// <param name="FirstTexts">Of those, the first text to a number: it carries the opt-out wording, so it may be longer.</param>
/// <param name="Language">
/// The language the texts' own words are written in: one of <see cref="TextLanguages.Offered"/>, the subscribers'
/// language as <see cref="TextLanguages.Of"/> reads it (the SMS sender's rule).
/// </param>
public sealed record SmsCountryCount(string Country, int CallingCode, int Texts, int FirstTexts, string Language = TextLanguages.Default);
