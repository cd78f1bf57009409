namespace NewsAlerts.Pages.Layout;

using System.Globalization;

/// <summary>The label a person sees for a subscriber form field, so the error summary can say which field a line is about.</summary>
public static class FieldLabels
{
    /// <summary>
    /// The label of the field named <paramref name="field"/> (the names of <see cref="Fields.FormFields"/>, the code and
    /// contact-change fields), e.g. <c>Texts a day</c> for <c>capSms</c>; null for a field without a known label.
    /// </summary>
    public static string? Of(string field) => field switch
    {
        "email" => PageStrings.EmailLabel,
        "phone" => PageStrings.PhoneLabel,
        "topics" => PageStrings.TopicsLabel,
        "timeZone" => PageStrings.TimeZoneLabel,
        "language" => PageStrings.LanguageLabel,
        "emailFrequency" => PageStrings.FrequencyLabel,
        "digestTime" => PageStrings.DigestTimeLabel,
        "weekday" => PageStrings.WeekdayLabel,
        "quietStart" => $"{PageStrings.QuietLegend} {PageStrings.QuietStartLabel.ToLower(CultureInfo.CurrentCulture)}",
        "quietEnd" => $"{PageStrings.QuietLegend} {PageStrings.QuietEndLabel.ToLower(CultureInfo.CurrentCulture)}",
        "capEmail" => PageStrings.CapEmailLabel,
        "capSms" => PageStrings.CapSmsLabel,
        "smsMaxUrgency" => PageStrings.SmsUrgencyLabel,
        "code" => PageStrings.CodeLabel,
        "newEmail" => PageStrings.ChangeEmailLabel,
        "newPhone" => PageStrings.ChangePhoneLabel,
        "pause" => PageStrings.PauseLabel,
        "pauseUntil" => PageStrings.PauseUntilLabel,
        _ when field.StartsWith("topic-", StringComparison.Ordinal) => PageStrings.TopicsLabel,
        _ => null,
    };

    /// <summary>The error summary's line for <paramref name="error"/>: <c>{label}: {message}</c>, or the message alone when the field has no known label.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static string SummaryLine(PageError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Of(error.Field) is { } label ? $"{label}: {error.Message}" : error.Message;
    }
}
