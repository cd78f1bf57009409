namespace NewsAlerts.Pages.Fields;

using System.Globalization;

/// <summary>
/// The options of the pages' select fields (values as the API takes them, texts from <see cref="PageStrings"/> and the
/// culture data, in the page's language: read on each use, never cached across requests).
/// </summary>
public static class Choices
{
    /// <summary>Email frequencies.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Frequencies =>
    [
        new("immediate", PageStrings.FrequencyImmediate), new("hourly", PageStrings.FrequencyHourly),
        new("daily", PageStrings.FrequencyDaily), new("weekly", PageStrings.FrequencyWeekly),
    ];

    /// <summary>Weekdays for a weekly digest, named in the page's culture.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Weekdays =>
        [.. Enum.GetValues<DayOfWeek>().Select(d => new KeyValuePair<string, string>(d.ToString().ToLowerInvariant(), CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(d)))];

    /// <summary>A channel switch (<see cref="Core.Policy.ChannelSwitches"/>): <c>on</c> or <c>off</c>, in the page's language.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> OnOff => [new("on", PageStrings.ChannelOn), new("off", PageStrings.ChannelOff)];

    /// <summary>SMS urgency thresholds 1-9.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Urgencies { get; } =
        [.. Enumerable.Range(1, 9).Select(n => new KeyValuePair<string, string>($"{n}", $"{n}"))];

    /// <summary>Topic languages offered (BCP 47 tags; the API takes any well-formed tag).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Languages => Pages.Languages.LanguageNames.Offered;
}
