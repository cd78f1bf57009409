namespace NewsAlerts.Channels.Confirmation;

using NewsAlerts.Core.Texts;

/// <summary>An email about the subscription itself, composed (<see cref="AccountEmails"/>) and ready to address.</summary>
/// <param name="Subject">The subject, one line.</param>
/// <param name="TextBody">The plain-text part (marked right to left where the language is, <see cref="Email.PlainTextDirection"/>).</param>
/// <param name="HtmlBody">The HTML part, with <c>lang</c> and <c>dir</c>.</param>
/// <param name="Locale">Whom it is written for.</param>
public sealed record AccountEmail(string Subject, string TextBody, string HtmlBody, MessageLocale Locale);
