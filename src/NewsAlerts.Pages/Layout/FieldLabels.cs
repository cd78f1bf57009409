namespace NewsAlerts.Pages.Layout;

using System.Globalization;

/// <summary>The label a person sees for a subscriber form field, so the error summary can say which field a line is about.</summary>
public static class FieldLabels
{
    /// <summary>
    /// The label of the field named <paramref name="field"/> (the names of <see cref="Fields.FormFields"/>, the code and
    /// contact-change fields), e.g. <c>Texts a day</c> for <c>capSms</c>, <c>All of these words</c> for a topic builder
    /// row's <c>topic-0-all</c>; null for a field without a known label.
    /// </summary>
    public static string? Of(string field) => field switch
    {
        "email" => PageStrings.EmailLabel,
        "phone" => PageStrings.PhoneLabel,
        "topics" => PageStrings.TopicsLabel,
        "timeZone" => PageStrings.TimeZoneLabel,
        "language" => PageStrings.LanguageLabel,
        "lang" => PageStrings.LanguageSwitcherLabel,
        "languages" => PageStrings.ReadLanguagesLegend,
        "emailFrequency" => PageStrings.FrequencyLabel,
        "digestTime" => PageStrings.DigestTimeLabel,
        "weekday" => PageStrings.WeekdayLabel,
        "quietStart" => $"{PageStrings.QuietLegend} {PageStrings.QuietStartLabel.ToLower(CultureInfo.CurrentCulture)}",
        "quietEnd" => $"{PageStrings.QuietLegend} {PageStrings.QuietEndLabel.ToLower(CultureInfo.CurrentCulture)}",
        "capEmail" => PageStrings.CapEmailLabel,
        "capSms" => PageStrings.CapSmsLabel,
        "emailChannel" => PageStrings.EmailChannelLabel,
        "smsChannel" => PageStrings.SmsChannelLabel,
        "smsMaxUrgency" => PageStrings.SmsUrgencyLabel,
        "code" => PageStrings.CodeLabel,
        "newEmail" => PageStrings.ChangeEmailLabel,
        "newPhone" => PageStrings.ChangePhoneLabel,
        "pause" => PageStrings.PauseLabel,
        "pauseUntil" => PageStrings.PauseUntilLabel,
        _ when field.StartsWith("topic-", StringComparison.Ordinal) => BuilderLabel(field[(field.LastIndexOf('-') + 1)..]),
        _ => null,
    };

    // The visible label of a topic builder field (topic-{row}-{part}, Topics.TopicBuilderFields.Parts).
    private static string? BuilderLabel(string part) => part switch
    {
        "all" => PageStrings.BuilderAllLabel,
        "phrase" => PageStrings.BuilderPhraseLabel,
        "any" => PageStrings.BuilderAnyLabel,
        "none" => PageStrings.BuilderNoneLabel,
        "in" => PageStrings.BuilderInLabel,
        "subject" => PageStrings.BuilderSubjectLabel,
        _ => PageStrings.TopicsLabel,
    };

    /// <summary>
    /// The error summary's line for <paramref name="error"/>, by one rule for every page (issue 16), naming the field once
    /// by its visible label in the page's language (<see cref="Of"/>; trial r38 #12 saw "Quiet hours from: Quiet hours
    /// start: ..."): the message alone when it names the field by that label already (<see cref="Named"/>), else the
    /// label, then the message (<see cref="PageStrings.ErrorSummaryLine"/>, <c>{label}: {message}</c>); the message alone
    /// for a field no page shows (no label). The line links to the field. The API names a field by its JSON name in
    /// problem+json's <c>errors</c>, never by a label.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static string SummaryLine(PageError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Of(error.Field) is { } label && !error.Message.Contains(Named(error.Field)!, StringComparison.Ordinal)
            ? string.Format(System.Globalization.CultureInfo.CurrentCulture, PageStrings.ErrorSummaryLine, label, error.Message)
            : error.Message;
    }

    /// <summary>
    /// The field named <paramref name="field"/> as a sentence about it names it: its visible label (<see cref="Of"/>) in the
    /// page language's quotation marks (<see cref="PageStrings.QuoteOpen"/>, <see cref="PageStrings.QuoteClose"/>), so
    /// /signup and /manage word a mistake alike and a label reads as a name mid-sentence ("“Quiet hours from” must be a
    /// time like 22:00"); null for a field without a label.
    /// </summary>
    public static string? Named(string field) => Of(field) is { } label ? PageStrings.QuoteOpen + label + PageStrings.QuoteClose : null;

    /// <summary>
    /// What the field named <paramref name="field"/> is about, as the start of a sentence an error message makes of it
    /// ("Quiet hours start" must be a time like 22:00), from <see cref="PageStrings"/>; null for a field without one.
    /// </summary>
    public static string? Subject(string field) => field switch
    {
        "email" => PageStrings.SubjectEmail,
        "phone" => PageStrings.SubjectPhone,
        "topics" => PageStrings.SubjectTopics,
        "timeZone" => PageStrings.SubjectTimeZone,
        "language" => PageStrings.SubjectLanguage,
        "languages" => PageStrings.SubjectReadLanguages,
        "emailFrequency" => PageStrings.SubjectFrequency,
        "digestTime" => PageStrings.SubjectDigestTime,
        "weekday" => PageStrings.SubjectWeekday,
        "quietStart" => PageStrings.SubjectQuietStart,
        "quietEnd" => PageStrings.SubjectQuietEnd,
        "capEmail" => PageStrings.SubjectCapEmail,
        "capSms" => PageStrings.SubjectCapSms,
        "emailChannel" => PageStrings.SubjectEmailChannel,
        "smsChannel" => PageStrings.SubjectSmsChannel,
        "smsMaxUrgency" => PageStrings.SubjectSmsUrgency,
        "code" => PageStrings.SubjectCode,
        "newEmail" => PageStrings.SubjectNewEmail,
        "newPhone" => PageStrings.SubjectNewPhone,
        "pause" => PageStrings.SubjectPause,
        "pauseUntil" => PageStrings.SubjectPauseUntil,
        _ => null,
    };
}
