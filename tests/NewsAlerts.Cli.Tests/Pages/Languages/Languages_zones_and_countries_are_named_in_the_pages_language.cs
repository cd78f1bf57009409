namespace NewsAlerts.Cli.Tests.Pages.Languages;

using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Topics;

/// <summary>
/// Found by a person who chose French or Arabic: topic warnings named languages in English ("articles en Chinese"), the
/// time zone list was English ("Americas", "London (UTC+0)") and the phone hint named countries in English.
/// </summary>
public sealed class Languages_zones_and_countries_are_named_in_the_pages_language
{
    private static readonly DateTimeOffset Winter = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("fr", "chinois", "anglais")]
    [InlineData("ar", "الصينية", "الإنجليزية")]
    [InlineData("de", "Chinesisch", "Englisch")]
    [InlineData("en", "Chinese", "English")]
    public void A_topic_warning_names_languages_in_the_pages_language(string page, string chinese, string english)
    {
        using var scope = new PageLanguageScope(page);
        var sentence = Assert.Single(TopicNotes.For(["\u5FEB\u4E50"], "en")).Sentence;

        Assert.Contains(chinese, sentence, StringComparison.Ordinal);
        Assert.Contains(english, sentence, StringComparison.Ordinal);
        if (page != "en")
        {
            Assert.DoesNotContain("Chinese", sentence, StringComparison.Ordinal);
            Assert.DoesNotContain("English", sentence, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_language_net_has_no_name_for_stays_its_code()
    {
        using var scope = new PageLanguageScope("fr");
        Assert.Equal("qqx", TopicNotes.LanguageName("qqx"));
    }

    [Theory]
    [InlineData("fr", "Royaume-Uni", "Irlande")]
    [InlineData("ar", "المملكة المتحدة", "أيرلندا")]
    [InlineData("nl", "Verenigd Koninkrijk", "Ierland")]
    [InlineData("en", "the United Kingdom", "Ireland")]
    public void The_phone_hint_names_the_countries_texted_in_the_pages_language(string page, string uk, string ireland)
    {
        using var scope = new PageLanguageScope(page);
        var hint = PhoneHints.For(["GB", "IE"]);

        Assert.Contains(uk, hint, StringComparison.Ordinal);
        Assert.Contains(ireland, hint, StringComparison.Ordinal);
        if (page != "en")
        {
            Assert.DoesNotContain("United Kingdom", hint, StringComparison.Ordinal);
            Assert.DoesNotContain("Ireland", hint, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_number_of_a_country_not_texted_names_both_countries_in_french()
    {
        using var scope = new PageLanguageScope("fr");
        var message = FormFields.ContactError("phone", "is in FR; texts go only to numbers in GB, IE");

        Assert.Equal("Ce numéro est d’un pays où nous n’envoyons pas de SMS (France)\u00a0; pays desservis\u00a0: Royaume-Uni et Irlande", message);
    }

    [Theory]
    [InlineData("ar", "، ")]
    [InlineData("fr", ", ")]
    [InlineData("en", ", ")]
    public void A_list_of_three_countries_takes_the_languages_comma(string language, string comma)
    {
        // Trial r31: the Arabic list read "المملكة المتحدة, سنغافورة والولايات المتحدة" with a Latin comma.
        using var scope = new PageLanguageScope(language);
        var message = FormFields.ContactError("phone", "is in FR; texts go only to numbers in GB, SG, US");

        Assert.Contains(comma, message, StringComparison.Ordinal);
        if (language == "ar")
        {
            Assert.DoesNotContain(", ", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_code_that_names_no_country_stays_a_code()
    {
        using var scope = new PageLanguageScope("fr");
        Assert.Equal("QQ", PhoneHints.CountryName("QQ"));
    }

    [Theory]
    [InlineData("fr", "Amériques", "Europe", "Londres (UTC+0)", "Calcutta (UTC+5:30)")]
    [InlineData("ar", "الأمريكتان", "أوروبا", "لندن (UTC+0)", "كالكتا (UTC+5:30)")]
    [InlineData("de", "Amerika", "Europa", "London (UTC+0)", "Kalkutta (UTC+5:30)")]
    [InlineData("es", "América", "Europa", "Londres (UTC+0)", "Calcuta (UTC+5:30)")]
    [InlineData("nl", "Amerika", "Europa", "Londen (UTC+0)", "Calcutta (UTC+5:30)")]
    [InlineData("en", "Americas", "Europe", "London (UTC+0)", "Kolkata (UTC+5:30)")]
    public void The_time_zone_list_names_regions_and_cities_in_the_pages_language(string page, string americas, string europe, string london, string kolkata)
    {
        using var scope = new PageLanguageScope(page);
        var groups = ZoneChoices.At(Winter);
        var labels = groups.ToDictionary(g => g.Label ?? string.Empty, g => g.Options.ToDictionary(o => o.Key, o => o.Value), StringComparer.Ordinal);

        Assert.Equal(london, labels[europe]["Europe/London"]);
        Assert.Equal(kolkata, labels.Values.Single(o => o.ContainsKey("Asia/Kolkata"))["Asia/Kolkata"]);
        Assert.Contains("America/Argentina/Buenos_Aires", labels[americas].Keys);
        Assert.Equal(groups.Count, labels.Count);
        Assert.All(groups.Skip(1), g => Assert.Equal(g.Options.Count, g.Options.Select(o => o.Value).Distinct(StringComparer.Ordinal).Count()));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    [InlineData("de")]
    [InlineData("es")]
    [InlineData("it")]
    [InlineData("pt")]
    [InlineData("nl")]
    public void No_region_heading_is_left_in_english(string page)
    {
        var english = ZoneHeadings("en");
        var translated = ZoneHeadings(page);

        // Words some languages share with English: Europe (fr), Asia, Australia (es, it), Africa (it), Antarctica (nl).
        string[] shared = ["Europe", "Asia", "Australia", "Africa", "Antarctica"];
        Assert.Empty(translated.Intersect(english).Except(shared));
        Assert.Equal(english.Count, translated.Count);
    }

    private static List<string> ZoneHeadings(string page)
    {
        using var scope = new PageLanguageScope(page);
        return [.. ZoneChoices.At(Winter).Select(g => g.Label).OfType<string>()];
    }
}
