namespace NewsAlerts.Core.Planning;

/// <summary>
/// How many emails an article sends in one language (what the editor's preview shows per language): the email sender
/// writes every word of its own (subject prefix, reason, labels, dates, links) in the reader's language.
/// </summary>
/// <param name="Language">One of <see cref="Texts.TextLanguages.Offered"/>, the readers' language as <see cref="Texts.TextLanguages.Of"/> reads it (the email sender's rule).</param>
/// <param name="Emails">Email alerts (or follow-ups) in that language sent now.</param>
/// <param name="DigestEntries">Entries for digests of readers of that language (their digest email is composed when due).</param>
public sealed record EmailLanguageCount(string Language, int Emails, int DigestEntries = 0);
