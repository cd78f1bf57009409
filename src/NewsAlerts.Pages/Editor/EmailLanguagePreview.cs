namespace NewsAlerts.Pages.Editor;

using NewsAlerts.Core.Planning;

/// <summary>The email of an alert in one language, as the email sender composes it for readers of that language.</summary>
/// <param name="Count">The language and how many emails (and digest entries) go in it.</param>
/// <param name="Subject">The email's subject ("Urgent : …" in French).</param>
/// <param name="Html">The email's HTML part, as sent (shown in a sandboxed frame).</param>
/// <param name="Text">The email's plain-text part, as sent.</param>
/// <param name="Reason">The reason it gives, in its language (contacts masked), for composing it again in its frame.</param>
public sealed record EmailLanguagePreview(EmailLanguageCount Count, string Subject, string Html, string Text, string Reason);
