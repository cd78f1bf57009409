namespace NewsAlerts.Pages.Editor;

/// <summary>An alert as the dispatcher will send it, for the editor to read before publishing.</summary>
/// <param name="Emails">
/// The email in each language it goes out in (<see cref="EmailLanguagePreview"/>), English first when it has readers;
/// only English, with no readers, when nobody is emailed.
/// </param>
/// <param name="Texts">
/// The text in each language it goes out in (<see cref="SmsLanguagePreview"/>), English first when it has recipients;
/// only English, with no recipients, when nobody is texted.
/// </param>
public sealed record MessagePreview(IReadOnlyList<EmailLanguagePreview> Emails, IReadOnlyList<SmsLanguagePreview> Texts)
{
    /// <summary>The segments of a text (later and first) in <paramref name="language"/>, for the cost estimate.</summary>
    /// <exception cref="KeyNotFoundException">No text of the preview is in <paramref name="language"/>.</exception>
    public (int Later, int First) SegmentsOf(string language) =>
        Texts.FirstOrDefault(t => t.Count.Language == language) is { } text
            ? (text.Sms.Measure.Segments, text.FirstSms.Measure.Segments)
            : throw new KeyNotFoundException($"The preview has no text in '{language}'.");
}
