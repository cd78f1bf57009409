namespace NewsAlerts.Cli.Tests.Pages.Languages;

using System.Reflection;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Pages.Messages;

public sealed class Page_words_come_from_the_catalog_of_the_pages_language
{
    [Fact]
    public void A_word_reads_in_french_in_arabic_and_in_english_by_the_current_culture()
    {
        using (new PageLanguageScope("fr"))
        {
            Assert.Equal("Recevoir des alertes d’actualité", PageStrings.SignUpTitle);
            Assert.Equal("ltr", PageCulture.Direction);
        }

        using (new PageLanguageScope("ar"))
        {
            Assert.Equal("احصل على التنبيهات الإخبارية", PageStrings.SignUpTitle);
            Assert.Equal("rtl", PageCulture.Direction);
            Assert.Equal("ar", PageCulture.Language);
        }

        using (new PageLanguageScope("en"))
        {
            Assert.Equal("Get news alerts", PageStrings.SignUpTitle);
        }
    }

    [Fact]
    public void Every_page_string_has_a_value_in_every_offered_language()
    {
        var properties = typeof(PageStrings).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(string)).ToList();
        Assert.True(properties.Count > 250);
        foreach (var language in TextLanguages.Offered)
        {
            using var scope = new PageLanguageScope(language);
            foreach (var property in properties)
            {
                Assert.False(string.IsNullOrEmpty((string?)property.GetValue(null)), $"{language}: {property.Name}");
            }
        }
    }

    [Fact]
    public void A_language_without_a_catalog_falls_back_to_english()
    {
        using var scope = new PageLanguageScope("sv");
        Assert.Equal("en", PageCulture.Language);
        Assert.Equal("Get news alerts", PageStrings.SignUpTitle);
    }

    [Fact]
    public void English_durations_read_as_every_message_words_them()
    {
        using var scope = new PageLanguageScope("en");
        foreach (var duration in new[] { TimeSpan.FromSeconds(20), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(36), TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(30) })
        {
            Assert.Equal(DurationText.Of(duration), DurationWords.Of(duration));
        }
    }

    [Theory]
    [InlineData("fr", 2, "2 jours")]
    [InlineData("fr", 30, "30 jours")]
    [InlineData("ar", 1, "يوم واحد")]
    [InlineData("ar", 2, "يومين")]
    [InlineData("ar", 3, "3 أيام")]
    [InlineData("ar", 10, "10 أيام")]
    [InlineData("ar", 30, "30 يومًا")]
    [InlineData("ar", 103, "103 أيام")]
    [InlineData("ar", 100, "100 يوم")]
    [InlineData("ar", 365, "365 يومًا")]
    public void Durations_take_the_form_their_count_asks_for(string language, int days, string expected)
    {
        using var scope = new PageLanguageScope(language);
        Assert.Equal(expected, DurationWords.Of(TimeSpan.FromDays(days)));
    }

    [Fact]
    public void Dates_and_day_names_are_written_in_the_pages_culture_on_the_gregorian_calendar()
    {
        var at = new DateTimeOffset(2026, 11, 30, 14, 5, 0, TimeSpan.Zero);
        using (new PageLanguageScope("en"))
        {
            Assert.Equal("Mon, Nov 30, 2026, 14:05", NewsAlerts.Pages.Languages.PageMoments.Local(at, "UTC"));
        }

        using (new PageLanguageScope("fr"))
        {
            Assert.Equal("lun. 30 nov. 2026 15:05", NewsAlerts.Pages.Languages.PageMoments.Local(at, "Europe/Paris"));
            Assert.Equal("lundi", NewsAlerts.Pages.Fields.Choices.Weekdays.Single(d => d.Key == "monday").Value);
        }

        using (new PageLanguageScope("ar"))
        {
            Assert.Equal("الاثنين، 30 نوفمبر 2026، \u206614:05\u2069", NewsAlerts.Pages.Languages.PageMoments.Local(at, "UTC"));
        }

        // Trial r31 and issue 16: CLDR's short pattern and abbreviations, not a hand pattern that wrote "Di 1 Dez. 2026".
        using (new PageLanguageScope("de"))
        {
            Assert.Equal("Mo., 30. Nov. 2026, 15:05", NewsAlerts.Pages.Languages.PageMoments.Local(at, "Europe/Berlin"));
        }

        using (new PageLanguageScope("nl"))
        {
            Assert.Equal("ma 30 nov 2026, 15:05", NewsAlerts.Pages.Languages.PageMoments.Local(at, "Europe/Amsterdam"));
        }
    }
}
