namespace NewsAlerts.Core.Tests.Words;

using System.Text.RegularExpressions;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// Issue 16: French pages said "heure de Amsterdam"; Italian "ora di Il Cairo", Portuguese "hora de Porto", Spanish
/// "hora de El Cairo" are the same fault: a preposition before a city whose form it should change. Every catalog
/// phrases a zone's time so no word agrees with the city ("fuseau horaire : Amsterdam"), which holds for every city.
/// </summary>
public sealed partial class A_zones_time_never_bends_a_word_before_the_city
{
    private static readonly DateTimeOffset Winter = new(2026, 12, 1, 13, 5, 0, TimeSpan.Zero);

    public static TheoryData<string> Languages() => [.. TextLanguages.Offered];

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_city_of_any_zone_follows_a_preposition(string language)
    {
        var zones = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal));
        var bent = zones
            .Select(zone => (zone, city: ZoneWords.Of(zone, language), words: ZoneWords.Time(zone, language)))
            .Where(z => Preposition().IsMatch(z.words[..Math.Max(0, z.words.IndexOf(z.city, StringComparison.Ordinal))]))
            .Select(z => z.words)
            .ToList();

        Assert.Empty(bent);
    }

    [Theory]
    [InlineData("fr", "Europe/Amsterdam", "fuseau horaire\u00a0: Amsterdam")]
    [InlineData("fr", "Europe/Istanbul", "fuseau horaire\u00a0: Istanbul")]
    [InlineData("fr", "Africa/Cairo", "fuseau horaire\u00a0: Le Caire")]
    [InlineData("it", "Pacific/Auckland", "fuso orario: Auckland")]
    [InlineData("it", "Africa/Cairo", "fuso orario: Il Cairo")]
    [InlineData("es", "Africa/Cairo", "zona horaria: El Cairo")]
    [InlineData("pt", "Europe/Istanbul", "fuso horário: Istambul")]
    [InlineData("de", "Europe/Amsterdam", "Ortszeit Amsterdam")]
    [InlineData("en", "Europe/Amsterdam", "Amsterdam time")]
    public void A_vowel_or_article_initial_city_reads_whole(string language, string zone, string expected) =>
        Assert.Equal(expected, ZoneWords.Time(zone, language));

    [Theory]
    [InlineData("fr", "Europe/Amsterdam", "mar. 1 déc. 2026 14:05 (fuseau horaire\u00a0: Amsterdam)")]
    [InlineData("it", "Europe/Istanbul", "mar 1 dic 2026, 16:05 (fuso orario: Istanbul)")]
    public void An_email_date_names_the_zone_without_a_preposition(string language, string zone, string expected) =>
        Assert.Equal(expected, MomentWords.Of(Winter, zone, language));

    // A preposition (or its elided or contracted form) of fr, es, it, pt, de, nl just before where the city starts.
    [GeneratedRegex(@"(\b(de|di|da|do|du|del|della|dello|des|dos|das|von|van)\s*|\bd['’]\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();
}
