namespace NewsAlerts.Cli.Tests.Pages.Languages;

using System.Text.RegularExpressions;
using NewsAlerts.Core.Policy;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Messages;

/// <summary>
/// Issue 16: the French confirmation page said "(heure de Amsterdam)" and the history hint "heure de Amsterdam". The
/// page catalogs phrase a zone's time without a preposition before the city ("fuseau horaire : Amsterdam"), so a
/// vowel- or article-initial city ("Le Caire", "Il Cairo") reads right in every language.
/// </summary>
public sealed partial class Page_zone_times_never_bend_a_word_before_the_city
{
    [Theory]
    [InlineData("fr", "Europe/Amsterdam", "Amsterdam")]
    [InlineData("fr", "Europe/Istanbul", "Istanbul")]
    [InlineData("fr", "Pacific/Auckland", "Auckland")]
    [InlineData("fr", "Africa/Cairo", "Le Caire")]
    [InlineData("it", "Europe/Amsterdam", "Amsterdam")]
    [InlineData("it", "Africa/Cairo", "Il Cairo")]
    [InlineData("es", "Africa/Cairo", "El Cairo")]
    [InlineData("pt", "Europe/Istanbul", "Istambul")]
    [InlineData("de", "Europe/Istanbul", "Istanbul")]
    [InlineData("nl", "Africa/Cairo", "Caïro")]
    [InlineData("ar", "Europe/Amsterdam", "أمستردام")]
    public void The_schedule_sentences_and_the_history_hint_name_the_city_whole(string language, string zone, string city)
    {
        using var scope = new PageLanguageScope(language);
        string[] sentences =
        [
            ScheduleWords.Sentence(EmailSchedule.Default, zone),
            ScheduleWords.Sentence(new EmailSchedule(EmailFrequency.Weekly, new TimeOnly(18, 30), DayOfWeek.Friday), zone),
            DurationWords.RecentHint(zone),
        ];

        Assert.All(sentences, s => Assert.Contains(city, s, StringComparison.Ordinal));
        Assert.All(sentences, s => Assert.DoesNotMatch(Preposition(), s[..s.IndexOf(city, StringComparison.Ordinal)]));
    }

    // A preposition (or its elided or contracted form) of fr, es, it, pt, de just before where the city starts.
    [GeneratedRegex(@"(\b(de|di|da|do|du|del|della|dello|des|dos|das|von)\s*|\bd['’]\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();
}
