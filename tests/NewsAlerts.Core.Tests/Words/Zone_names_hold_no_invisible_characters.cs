namespace NewsAlerts.Core.Tests.Words;

using System.Globalization;
using System.Text;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// Trial r32 #4: CLDR's German name of Reykjavík carries soft hyphens (U+00AD, "Reyk­ja­vík"), taken into the
/// <c>ZoneCities</c> catalog, so typing "Reykjavik" in the zone select found nothing. The generator drops every
/// invisible format character (Unicode Cf), and no zone in any language has one.
/// </summary>
public sealed class Zone_names_hold_no_invisible_characters
{
    public static TheoryData<string> Languages() => [.. TextLanguages.Offered];

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_zone_name_in_the_language_has_a_format_character(string language)
    {
        var zones = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal)).ToList();

        var invisible = zones
            .Select(id => (id, name: ZoneWords.Of(id, language)))
            .Where(z => z.name.Any(c => char.GetUnicodeCategory(c) == UnicodeCategory.Format))
            .Select(z => $"{z.id}: {string.Join(' ', z.name.Select(c => $"U+{(int)c:X4}"))}")
            .ToList();

        Assert.NotEmpty(zones);
        Assert.True(invisible.Count == 0, $"{language}: {string.Join("; ", invisible)}");
    }

    [Fact]
    public void Reykjavik_typed_without_its_accent_is_the_german_name_but_for_the_accent()
    {
        var german = ZoneWords.Of("Atlantic/Reykjavik", "de");

        Assert.Equal("Reykjavík", german);
        Assert.Equal("Reykjavik", WithoutMarks(german));
    }

    private static string WithoutMarks(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormD).Where(c => char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)).Normalize(NormalizationForm.FormC);
}
