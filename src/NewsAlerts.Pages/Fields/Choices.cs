namespace NewsAlerts.Pages.Fields;

using System.Globalization;

/// <summary>The options of the pages' select fields (values as the API takes them, texts from <see cref="PageStrings"/>).</summary>
public static class Choices
{
    /// <summary>Email frequencies.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Frequencies { get; } =
    [
        new("immediate", PageStrings.FrequencyImmediate), new("hourly", PageStrings.FrequencyHourly),
        new("daily", PageStrings.FrequencyDaily), new("weekly", PageStrings.FrequencyWeekly),
    ];

    /// <summary>Weekdays for a weekly digest.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Weekdays { get; } =
        [.. Enum.GetValues<DayOfWeek>().Select(d => new KeyValuePair<string, string>(d.ToString().ToLowerInvariant(), CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(d)))];

    /// <summary>SMS urgency thresholds 1-9.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Urgencies { get; } =
        [.. Enumerable.Range(1, 9).Select(n => new KeyValuePair<string, string>($"{n}", $"{n}"))];

    /// <summary>Topic languages offered (BCP 47 tags; the API takes any well-formed tag).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Languages { get; } =
        [.. new[] { "en", "fr", "de", "es", "it", "pt", "nl", "ar" }.Select(t => new KeyValuePair<string, string>(t, CultureInfo.GetCultureInfo(t).NativeName))];
}
