namespace NewsAlerts.Core.Tests.Words;

using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

public sealed class Email_dates_are_on_the_subscribers_clock_in_their_language
{
    private static readonly DateTimeOffset Winter = new(2026, 12, 1, 13, 5, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Summer = new(2026, 7, 1, 13, 5, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("en", "Europe/Paris", "Tue, Dec 1, 2026, 14:05 (Paris time)")]
    [InlineData("fr", "Europe/Paris", "mar. 1 déc. 2026 14:05 (fuseau horaire\u00a0: Paris)")]
    [InlineData("fr-CA", "Europe/London", "mar. 1 déc. 2026 13:05 (fuseau horaire\u00a0: Londres)")]
    [InlineData("fr", "Europe/Amsterdam", "mar. 1 déc. 2026 14:05 (fuseau horaire\u00a0: Amsterdam)")]
    [InlineData("fr", "Pacific/Auckland", "mer. 2 déc. 2026 02:05 (fuseau horaire\u00a0: Auckland)")]
    [InlineData("en", "America/Argentina/Buenos_Aires", "Tue, Dec 1, 2026, 10:05 (Buenos Aires time)")]
    [InlineData("en", null, "Tue, Dec 1, 2026, 13:05 (UTC time)")]
    [InlineData("fr", "Not/AZone", "mar. 1 déc. 2026 13:05 (heure UTC)")]
    [InlineData("en", "Etc/GMT+5", "Tue, Dec 1, 2026, 08:05 (UTC-5)")]
    [InlineData("fr", "Etc/GMT-3", "mar. 1 déc. 2026 16:05 (UTC+3)")]
    public void A_moment_is_on_the_zones_clock_named_by_its_city_in_the_language(string language, string? zone, string expected) =>
        Assert.Equal(expected, MomentWords.Of(Winter, zone, language));

    [Fact]
    public void Summer_time_moves_the_clock()
    {
        Assert.Equal("mer. 1 juil. 2026 15:05 (fuseau horaire\u00a0: Paris)", MomentWords.Of(Summer, "Europe/Paris", "fr"));
        Assert.Equal("Wed, Jul 1, 2026, 09:05 (New York time)", MomentWords.Of(Summer, "America/New_York", "en"));
    }

    [Fact]
    public void Arabic_gives_the_gregorian_date_with_the_city_in_arabic()
    {
        var words = MomentWords.Of(Winter, "Asia/Beirut", "ar");

        Assert.StartsWith("الثلاثاء، 1 ", words, StringComparison.Ordinal);
        Assert.Contains(" 2026، \u206615:05\u2069 (بتوقيت بيروت)", words, StringComparison.Ordinal);
        Assert.DoesNotContain(words, c => char.IsAsciiLetter(c));
    }

    [Theory]
    [InlineData("Europe/London", "fr", "Londres")]
    [InlineData("Europe/London", "ar", "لندن")]
    [InlineData("Europe/London", "en", "London")]
    [InlineData("America/Argentina/Buenos_Aires", "de", "Buenos Aires")]
    [InlineData("Asia/Ulaanbaatar", "fr", "Oulan-Bator")]
    [InlineData("Not/AZone", "fr", "AZone")]
    [InlineData("Etc/GMT-3", "ar", "UTC+3")]
    public void A_zones_city_is_named_in_the_language_when_the_catalog_knows_it_else_as_the_database_does(string zone, string language, string expected) =>
        Assert.Equal(expected, ZoneWords.Of(zone, language));

    [Theory]
    [InlineData(14, "fr", "14 jours")]
    [InlineData(1, "fr", "1 jour")]
    [InlineData(14, "en", "14 days")]
    [InlineData(1, "ar", "يوم واحد")]
    [InlineData(2, "ar", "يومين")]
    [InlineData(3, "ar", "3 أيام")]
    [InlineData(14, "ar", "14 يومًا")]
    [InlineData(100, "ar", "100 يوم")]
    public void A_lifetime_in_days_takes_the_plural_form_of_the_language(int days, string language, string expected) =>
        Assert.Equal(expected, DurationText.Of(TimeSpan.FromDays(days), language));

    [Theory]
    [InlineData(36, "fr", "36 heures")]
    [InlineData(36, "ar", "36 ساعة")]
    [InlineData(36, "en", "36 hours")]
    public void A_lifetime_in_hours_keeps_its_unit_in_every_language(int hours, string language, string expected) =>
        Assert.Equal(expected, DurationText.Of(TimeSpan.FromHours(hours), language));

    [Theory]
    [InlineData(0, "ar", "zero")]
    [InlineData(1, "ar", "one")]
    [InlineData(2, "ar", "two")]
    [InlineData(103, "ar", "few")]
    [InlineData(111, "ar", "many")]
    [InlineData(100, "ar", "other")]
    [InlineData(0, "fr", "one")]
    [InlineData(2, "fr", "other")]
    [InlineData(0, "en", "other")]
    [InlineData(1, "de", "one")]
    public void Counts_follow_the_cldr_plural_rules(long count, string language, string expected) =>
        Assert.Equal(expected, PluralCategory.Of(count, language));
}
