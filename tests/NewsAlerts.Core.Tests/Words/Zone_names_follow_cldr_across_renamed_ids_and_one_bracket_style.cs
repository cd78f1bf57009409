namespace NewsAlerts.Core.Tests.Words;

using System.Collections;
using System.Globalization;
using System.Resources;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// Trial r33 #7: the Arabic picker showed Asmara, Atikokan, Chuuk and Pohnpei in Latin letters although CLDR ar names
/// them (under the ids IANA renamed them from: Africa/Asmera, America/Coral_Harbour, Pacific/Truk, Pacific/Ponape; CLDR's
/// bcp47 aliases say they are one place), and the French one mixed "Center (Dakota du Nord)" with "Tell City [Indiana]".
/// The generator (<c>zone_cities_from_cldr.py</c>) now names a zone by any of its CLDR aliases and writes one bracket style.
/// </summary>
public sealed class Zone_names_follow_cldr_across_renamed_ids_and_one_bracket_style
{
    private static readonly ResourceManager Cities = new("NewsAlerts.Core.Texts.ZoneCities", typeof(ZoneWords).Assembly);

    // Ids CLDR 48.2's bcp47/timezone.json lists as one place ("_alias"), newest IANA id first.
    private static readonly string[][] SamePlace =
    [
        ["Africa/Asmara", "Africa/Asmera"],
        ["America/Atikokan", "America/Coral_Harbour"],
        ["Pacific/Chuuk", "Pacific/Truk", "Pacific/Yap"],
        ["Pacific/Pohnpei", "Pacific/Ponape"],
        ["Asia/Kolkata", "Asia/Calcutta"],
        ["Antarctica/McMurdo", "Antarctica/South_Pole"],
    ];

    public static TheoryData<string> Languages() => [.. TextLanguages.Offered];

    [Fact]
    public void No_arabic_zone_name_is_in_latin_letters()
    {
        // CLDR 48.2 ar has an exemplar city for every place (under one of its aliases), so none falls back to English.
        var latin = Entries("ar").Where(e => e.Value.Any(char.IsAsciiLetter)).Select(e => $"{e.Key}={e.Value}").ToList();

        Assert.True(latin.Count == 0, $"ar names {latin.Count} zones in Latin letters: {string.Join(", ", latin)}");
    }

    [Theory]
    [InlineData("Africa/Asmara", "أسمرة")]
    [InlineData("America/Atikokan", "كورال هاربر")]
    [InlineData("Pacific/Chuuk", "ترك")]
    [InlineData("Pacific/Pohnpei", "باناب")]
    public void The_zones_the_trial_saw_in_latin_letters_read_in_arabic(string zone, string city) => Assert.Equal(city, ZoneWords.Of(zone, "ar"));

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_id_of_one_place_reads_alike(string language)
    {
        var entries = Entries(language);
        var differing = SamePlace.Where(ids => ids.Select(i => entries[i]).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(ids => string.Join(" / ", ids.Select(i => $"{i}={entries[i]}"))).ToList();

        Assert.True(differing.Count == 0, $"{language}: {string.Join("; ", differing)}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_language_writes_one_bracket_style(string language)
    {
        var square = Entries(language).Where(e => e.Value.IndexOfAny(['[', ']']) >= 0).Select(e => $"{e.Key}={e.Value}").ToList();

        Assert.True(square.Count == 0, $"{language} writes square brackets beside round ones: {string.Join(", ", square)}");
    }

    [Fact]
    public void French_reads_indiana_as_it_reads_north_dakota()
    {
        Assert.Equal("Tell City (Indiana)", ZoneWords.Of("America/Indiana/Tell_City", "fr"));
        Assert.Equal("Center (Dakota du Nord)", ZoneWords.Of("America/North_Dakota/Center", "fr"));
    }

    private static Dictionary<string, string> Entries(string language) =>
        Cities.GetResourceSet(CultureInfo.GetCultureInfo(language == TextLanguages.Default ? string.Empty : language), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
}
