namespace NewsAlerts.Core.Tests.Words;

using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// Issue 16, item 4: .NET has no CLDR skeletons, so German dates came out in the full form ("Dienstag, 1. Dezember
/// 2026 15:05") where a short one was wanted, and a hand pattern over .NET's names had written "Di 1 Dez. 2026". A short
/// date is CLDR's <c>yMMMEd</c> with CLDR's abbreviations (German ones end with "."), in every page language.
/// </summary>
public sealed class A_short_date_follows_cldr_in_each_language
{
    private static readonly DateTime Tuesday = new(2026, 12, 1, 15, 5, 0);

    [Theory]
    [InlineData("de", "Di., 1. Dez. 2026")]
    [InlineData("fr", "mar. 1 déc. 2026")]
    [InlineData("nl", "di 1 dec 2026")]
    [InlineData("ar", "الثلاثاء، 1 ديسمبر 2026")]
    [InlineData("es", "mar, 1 dic 2026")]
    [InlineData("it", "mar 1 dic 2026")]
    [InlineData("pt", "terça, 1/12/2026")]
    [InlineData("en", "Tue, Dec 1, 2026")]
    [InlineData(null, "Tue, Dec 1, 2026")]
    [InlineData("sw", "Tue, Dec 1, 2026")] // a language not offered reads as English
    public void A_date_reads_as_cldr_writes_it(string? language, string expected) =>
        Assert.Equal(expected, ShortDates.Of(Tuesday, language));

    [Theory]
    [InlineData("de", "Di., 1. Dez. 2026, 15:05")]
    [InlineData("fr", "mar. 1 déc. 2026 15:05")]
    [InlineData("ar", "الثلاثاء، 1 ديسمبر 2026، 15:05")]
    public void A_date_and_a_time_are_joined_as_the_language_joins_them(string language, string expected) =>
        Assert.Equal(expected, ShortDates.WithTime(Tuesday, "15:05", language));

    [Fact]
    public void Every_german_weekday_abbreviation_ends_with_a_period()
    {
        var days = Enumerable.Range(0, 7).Select(i => ShortDates.Of(new DateTime(2026, 11, 29).AddDays(i), "de")).ToList();

        Assert.All(days, d => Assert.Matches("^(So|Mo|Di|Mi|Do|Fr|Sa)\\., ", d));
    }

    [Fact]
    public void Every_offered_language_writes_all_twelve_months_with_its_own_patterns()
    {
        foreach (var language in TextLanguages.Offered)
        {
            var dates = Enumerable.Range(1, 12).Select(m => ShortDates.Of(new DateTime(2026, m, 1), language)).ToList();
            Assert.Equal(12, dates.Distinct().Count());
        }
    }

    [Theory]
    [InlineData("d 'de' MMM 'de' y", "1 de Dez. de 2026")]
    [InlineData("E, dd.MM.y", "Di., 01.12.2026")]
    [InlineData("'o''clock' d", "o'clock 1")]
    [InlineData("d ''", "1 '")]
    public void The_pattern_reader_writes_fields_and_quoted_text(string pattern, string expected) =>
        Assert.Equal(expected, ShortDates.Format(pattern, Tuesday, ["So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."], ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]));

    [Theory]
    [InlineData("EEEE d")]
    [InlineData("d MMMM")]
    [InlineData("h:mm a")]
    public void A_field_it_does_not_write_is_a_format_error(string pattern) =>
        Assert.Throws<FormatException>(() => ShortDates.Format(pattern, Tuesday, ["a", "b", "c", "d", "e", "f", "g"], [.. Enumerable.Repeat("m", 12)]));
}
