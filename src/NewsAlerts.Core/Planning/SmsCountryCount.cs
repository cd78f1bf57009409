namespace NewsAlerts.Core.Planning;

/// <summary>How many texts an article sends to numbers of one country (for the editor's cost estimate; no numbers).</summary>
/// <param name="Country">The ISO 3166-1 alpha-2 region of the numbers (<c>GB</c>), or <c>ZZ</c> when libphonenumber cannot tell.</param>
/// <param name="CallingCode">The country calling code without <c>+</c> (<c>44</c>), or 0 when unknown.</param>
/// <param name="Texts">Texts to numbers of that country (sent now or after quiet hours).</param>
/// <param name="FirstTexts">Of those, the first text to a number: it carries the opt-out wording, so it may be longer.</param>
public sealed record SmsCountryCount(string Country, int CallingCode, int Texts, int FirstTexts);
