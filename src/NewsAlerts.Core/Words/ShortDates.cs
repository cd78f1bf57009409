namespace NewsAlerts.Core.Words;

using System.Globalization;
using System.Resources;
using System.Text;
using NewsAlerts.Core.Texts;

/// <summary>
/// A date with its weekday, short, as each language writes it: "Di., 1. Dez. 2026", "mar. 1 déc. 2026",
/// "Tue, Dec 1, 2026". The patterns and names are CLDR's (the <c>yMMMEd</c> skeleton and the abbreviated "format"
/// weekday and month names), kept in <c>Texts/DateWords.resx</c> by <c>Texts/date_words_from_cldr.py</c> from the npm
/// package cldr-dates-full (Unicode License v3): .NET has no CLDR skeletons, and a hand pattern over .NET's
/// abbreviated names wrote German as "Di 1 Dez. 2026" (trial r31; CLDR's German weekday abbreviations end with ".").
/// Digits are ASCII in every language, as in the rest of the product's dates.
/// </summary>
public static class ShortDates
{
    private static readonly ResourceManager Words = new("NewsAlerts.Core.Texts.DateWords", typeof(ShortDates).Assembly);

    /// <summary>
    /// <paramref name="date"/>'s day (its time of day is ignored) with its weekday in <paramref name="language"/> (BCP 47;
    /// null or not offered: English), by CLDR's <c>yMMMEd</c> pattern.
    /// </summary>
    public static string Of(DateTime date, string? language)
    {
        var lang = TextLanguages.Of(language);
        return Format(Word(lang, "DateWithWeekday"), date, Word(lang, "Weekdays").Split('|'), Word(lang, "Months").Split('|'));
    }

    /// <summary>
    /// <paramref name="date"/> (<see cref="Of"/>) and <paramref name="time"/> (already written, e.g. "15:05") joined as
    /// <paramref name="language"/> joins a date and a time (CLDR <c>dateTimeFormats/short</c>: "{1}, {0}" in German,
    /// "{1} {0}" in French).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="time"/> is null.</exception>
    public static string WithTime(DateTime date, string time, string? language)
    {
        ArgumentNullException.ThrowIfNull(time);
        var lang = TextLanguages.Of(language);
        return Word(lang, "DateAndTime").Replace("{1}", Of(date, lang), StringComparison.Ordinal).Replace("{0}", time, StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="date"/> written by a CLDR date pattern (UTS #35, "Date Field Symbol Table"): <c>E</c>..<c>EEE</c>
    /// the abbreviated weekday from <paramref name="weekdays"/> (Sunday first), <c>d</c>/<c>dd</c> the day,
    /// <c>M</c>/<c>MM</c> the month's number, <c>MMM</c>/<c>LLL</c> its abbreviation from <paramref name="months"/>,
    /// <c>y</c> the year; text in single quotes (<c>''</c> an apostrophe) and any other character as it is.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException">The pattern has a field this method does not write (a new CLDR release would show it in the tests).</exception>
    public static string Format(string pattern, DateTime date, IReadOnlyList<string> weekdays, IReadOnlyList<string> months)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(weekdays);
        ArgumentNullException.ThrowIfNull(months);
        var text = new StringBuilder();
        for (var i = 0; i < pattern.Length;)
        {
            var c = pattern[i];
            if (c == '\'')
            {
                i = Quoted(pattern, i, text);
                continue;
            }

            if (!char.IsAsciiLetter(c))
            {
                text.Append(c);
                i++;
                continue;
            }

            var run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c)
            {
                run++;
            }

            text.Append(Field(c, run, date, weekdays, months));
            i += run;
        }

        return text.ToString();
    }

    // The quoted text starting at the quote at start ('' on its own or inside quotes is an apostrophe); the index after it.
    private static int Quoted(string pattern, int start, StringBuilder text)
    {
        if (start + 1 < pattern.Length && pattern[start + 1] == '\'')
        {
            text.Append('\'');
            return start + 2;
        }

        var i = start + 1;
        while (i < pattern.Length)
        {
            if (pattern[i] != '\'')
            {
                text.Append(pattern[i++]);
            }
            else if (i + 1 < pattern.Length && pattern[i + 1] == '\'')
            {
                text.Append('\'');
                i += 2;
            }
            else
            {
                return i + 1;
            }
        }

        return i;
    }

    private static string Field(char symbol, int count, DateTime date, IReadOnlyList<string> weekdays, IReadOnlyList<string> months) => (symbol, count) switch
    {
        ('E', <= 3) => weekdays[(int)date.DayOfWeek],
        ('d', 1) => date.Day.ToString(CultureInfo.InvariantCulture),
        ('d', 2) => date.Day.ToString("00", CultureInfo.InvariantCulture),
        ('M' or 'L', 1) => date.Month.ToString(CultureInfo.InvariantCulture),
        ('M' or 'L', 2) => date.Month.ToString("00", CultureInfo.InvariantCulture),
        ('M' or 'L', 3) => months[date.Month - 1],
        ('y', 1) => date.Year.ToString(CultureInfo.InvariantCulture),
        _ => throw new FormatException($"the CLDR date field '{new string(symbol, count)}' is not written here"),
    };

    private static string Word(string language, string kind) =>
        Words.GetString($"{language}.{kind}", CultureInfo.InvariantCulture) ?? Words.GetString($"en.{kind}", CultureInfo.InvariantCulture)!;
}
