namespace NewsAlerts.Cli.Tests.Pages.Languages;

using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Manage;

/// <summary>
/// Issue 16 (trial r35): the preference centre wrote dates and times in several styles in one language: the history
/// "Mon, Nov 30, 2026, 2:05 PM", the digest time "07:00", the notice page a history row leads to "30 November 2026,
/// 14:05". Every date and time a subscriber page writes goes through <see cref="PageMoments"/>: the preference centre with
/// a history, a pause and a digest time is rendered as the Function App renders it in each of the 8 languages, and every
/// year on it ends one of that language's dates, every time of day is 24-hour, and no long month name is left.
/// </summary>
public sealed partial class Every_date_on_the_preference_centre_is_written_one_way : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 21, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset[] Received = [new(2026, 11, 30, 14, 5, 0, TimeSpan.Zero), new(2026, 11, 3, 6, 45, 0, TimeSpan.Zero)];
    private static readonly DateTimeOffset PausedUntil = new(2026, 12, 24, 23, 0, 0, TimeSpan.Zero);
    private const string Zone = "Europe/Paris";
    private readonly RazorTemplates templates = new();

    public static TheoryData<string> Languages() => [.. NewsAlerts.Core.Texts.TextLanguages.Offered];

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_history_the_pause_and_the_digest_time_use_the_languages_one_pattern(string language)
    {
        using var scope = new PageLanguageScope(language);
        var text = Text(await ManageAsync());
        var days = Received.Append(PausedUntil).Select(at => TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(Zone)).DateTime).ToList();
        var dates = days.Select(d => PageMoments.Date(DateOnly.FromDateTime(d))).ToList();

        Assert.All(Received.Append(PausedUntil), at => Assert.Contains(Plain(PageMoments.Local(at, Zone)), text, StringComparison.Ordinal));
        foreach (Match year in YearPattern().Matches(text))
        {
            var before = text[..(year.Index + year.Length)];
            Assert.True(dates.Any(d => before.EndsWith(d, StringComparison.Ordinal)), $"a date not in the page's one pattern, before …{before[Math.Max(0, before.Length - 40)..]}");
        }

        foreach (Match time in TimePattern().Matches(text))
        {
            Assert.Matches("^\\d\\d:\\d\\d$", time.Groups["time"].Value);
            Assert.DoesNotMatch("^\\s*(?i:am|pm|a\\.\\s?m\\.|p\\.\\s?m\\.|ص|م)(?!\\p{L})", text[(time.Index + time.Length)..]);
        }

        var format = CultureInfo.GetCultureInfo(language).DateTimeFormat;
        var longMonths = format.MonthNames.Concat(format.MonthGenitiveNames).Where(m => m.Length > 4).Except(dates.SelectMany(d => d.Split(' ', ',', '.', '،')), StringComparer.Ordinal);
        // As a word of its own: "ريونيون" (Réunion, in the zone list) holds "يونيو" (June).
        Assert.All(longMonths, m => Assert.DoesNotMatch($"(?<!\\p{{L}}){Regex.Escape(m)}(?!\\p{{L}})", text));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_digest_schedule_and_the_pause_range_write_days_and_times_as_the_history_does(string language)
    {
        using var scope = new PageLanguageScope(language);
        var schedule = EmailSchedule.Default with { At = new TimeOnly(7, 30) };

        Assert.Contains(PageMoments.Time(new TimeOnly(7, 30)), ScheduleWords.Sentence(schedule, Zone), StringComparison.Ordinal);
        var range = PauseFields.OutOfRange(NewsAlerts.Core.Pausing.Pauses.DateOutOfRange(new DateOnly(2026, 12, 2)));
        Assert.NotNull(range);
        Assert.Contains(PageMoments.Date(new DateOnly(2026, 12, 3)), range, StringComparison.Ordinal);
        Assert.EndsWith(PageMoments.Time(new TimeOnly(14, 5)), PageMoments.Local(new DateTimeOffset(2026, 11, 30, 14, 5, 0, TimeSpan.Zero), "UTC"), StringComparison.Ordinal);
    }

    private async Task<string> ManageAsync()
    {
        var subscriber = new Subscriber("s1", "reader@example.com", ContactStatus.Confirmed, "+447400333444", ContactStatus.Confirmed, Zone,
            [new Topic("t1", "Syria", false)], 2, Now, Preferences: DeliveryPreferences.Default with { Email = EmailSchedule.Default with { Frequency = EmailFrequency.Daily, At = new TimeOnly(7, 30) } },
            PausedUntil: PausedUntil);
        IReadOnlyList<HistoryRow> rows = [.. Received.Select((at, i) => HistoryRow.Of(
            new ReceivedAlert("s1", at, i == 0 ? Channel.Sms : Channel.Email, ReceivedKind.Alert, $"urn:a{i}", "Truce holds", "Reuters", new Uri("https://news.example.com/truce"), "\"truce\" in the headline"), null))];
        return await new PageRenderer(templates).RenderAsync<ManagePage>(new Dictionary<string, object?>
        {
            [nameof(ManagePage.Subscriber)] = subscriber,
            [nameof(ManagePage.Form)] = new FormState(ManageValues.Of(subscriber), []),
            [nameof(ManagePage.Now)] = Now,
            [nameof(ManagePage.Recent)] = rows,
        });
    }

    // The page's text as a reader sees it: tags (and so input values) out, references decoded.
    private static string Text(string html) => WebUtility.HtmlDecode(TagPattern().Replace(html, string.Empty));

    // A value's words without the isolate characters the page turns into markup.
    private static string Plain(string words) => new([.. words.Where(c => !NewsAlerts.Pages.Layout.PageIsolates.IsControl(c))]);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("(?<!\\d)20\\d\\d(?!\\d)")]
    private static partial Regex YearPattern();

    // A time of day; not a zone's offset from UTC in the zone list ("UTC+5:45").
    [GeneratedRegex("(?<![\\d+\\-\u2212])(?<time>\\d{1,2}[:h.]\\d\\d)(?!\\d)")]
    private static partial Regex TimePattern();
}
