namespace NewsAlerts.Core.Tests.Words;

using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// Issue 16, item 5: where CLDR has no exemplar city in a language, the generator took English's, and for some zones
/// English's is the id's city with English words added ("Casey Station", "Christmas Island", "Lord Howe Island"): a
/// French page read "fuseau horaire : Christmas Island". Such a zone now reads as CLDR names its territory in the
/// language when it is the territory's only zone ("Île Christmas", from CLDR territories CX), else as the id's city, a
/// proper name read alike in every language ("Casey"); each such entry's resx comment names its source
/// (<c>zone_cities_from_cldr.py</c>). A name that only spells the city another way ("Aktau" for Asia/Aqtau) is a
/// proper name and stays.
/// </summary>
public sealed class No_zone_is_named_in_english_words_in_another_language
{
    private static readonly ResourceManager Cities = new("NewsAlerts.Core.Texts.ZoneCities", typeof(ZoneWords).Assembly);

    // Names CLDR 48.2 gives every one of these languages as its own exemplar city, equal to English's: proper names
    // (Portuguese "Fernando de Noronha"; "Wallis & Futuna"), not English words left by a missing translation.
    private static readonly HashSet<string> CldrOwnInEveryLanguage = ["America/Noronha", "Brazil/DeNoronha", "Pacific/Wallis"];

    public static TheoryData<string> Translated() => [.. TextLanguages.Offered.Where(l => l != TextLanguages.Default)];

    [Theory]
    [MemberData(nameof(Translated))]
    public void No_city_is_the_english_one_made_of_the_id_and_english_words(string language)
    {
        var english = English(language);

        Assert.True(english.Count == 0, $"{language} names {english.Count} zones in English words: {string.Join(", ", english)}");
    }

    [Fact]
    public void The_check_finds_what_french_pages_showed()
    {
        Assert.True(IsEnglishWords("Indian/Christmas", "Christmas Island", "Christmas Island"));
        Assert.True(IsEnglishWords("Antarctica/Casey", "Casey Station", "Casey Station"));
        Assert.False(IsEnglishWords("Asia/Aqtau", "Aktau", "Aktau")); // another spelling of a proper name
        Assert.False(IsEnglishWords("Europe/Paris", "Paris", "Paris")); // a proper name alike in both
        Assert.False(IsEnglishWords("Indian/Christmas", "Île Christmas", "Christmas Island"));
    }

    [Theory]
    [InlineData("Indian/Christmas", "fr", "Île Christmas")] // CLDR territories CX
    [InlineData("Indian/Christmas", "de", "Weihnachtsinsel")] // de has its own exemplar city
    [InlineData("Indian/Cocos", "fr", "Îles Cocos")] // CLDR territories CC
    [InlineData("Pacific/Norfolk", "es", "Isla Norfolk")] // CLDR territories NF
    [InlineData("Pacific/Pitcairn", "nl", "Pitcairneilanden")] // CLDR territories PN
    [InlineData("Antarctica/Casey", "fr", "Casey")] // AQ has many zones: the id's city
    [InlineData("Australia/Lord_Howe", "it", "Lord Howe")]
    [InlineData("Australia/LHI", "fr", "Lord Howe")] // a link reads as the zone it links to
    [InlineData("Pacific/Wake", "fr", "Wake")] // UM has two zones
    [InlineData("Indian/Christmas", "en", "Christmas Island")] // English keeps CLDR's English
    public void A_zone_in_english_words_reads_as_its_territory_or_its_own_name(string zone, string language, string expected) =>
        Assert.Equal(expected, ZoneWords.Of(zone, language));

    // The zones whose city in language is English's, where English's is the id's city with words added.
    private static List<string> English(string language)
    {
        var own = Cities.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!;
        var english = Cities.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        return [.. english.Cast<DictionaryEntry>()
            .Select(e => (Zone: (string)e.Key, English: (string)e.Value!))
            .Where(e => !CldrOwnInEveryLanguage.Contains(e.Zone) && IsEnglishWords(e.Zone, own.GetString(e.Zone) ?? e.English, e.English))
            .Select(e => $"{e.Zone} ({e.English})")];
    }

    private static bool IsEnglishWords(string zone, string city, string englishCity)
    {
        var own = ZoneWords.Of(zone);
        return city == englishCity && englishCity != own && Regex.IsMatch(englishCity, $"(^|\\s){Regex.Escape(own)}(\\s|$)");
    }
}
