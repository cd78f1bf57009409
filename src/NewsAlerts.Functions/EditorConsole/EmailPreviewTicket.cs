namespace NewsAlerts.Functions.EditorConsole;

using NewsAlerts.Core.Delivery;

/// <summary>What an email preview shows: the alert (or follow-up) content, the reason it gives, when it was composed, and in which language.</summary>
/// <param name="Content">What the email says.</param>
/// <param name="Reason">Why the example subscriber gets it, in <paramref name="Language"/>.</param>
/// <param name="ComposedAt">When the preview was composed (the email's date).</param>
/// <param name="Expires">Until when its id opens (set by <see cref="EmailPreviewTickets.Issue"/>).</param>
/// <param name="Language">The readers' language the email is written in (<see cref="Core.Texts.TextLanguages.Offered"/>; null: English).</param>
public sealed record EmailPreviewTicket(AlertContent Content, string Reason, DateTimeOffset ComposedAt, DateTimeOffset Expires = default, string? Language = null);
