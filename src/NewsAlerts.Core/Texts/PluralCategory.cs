namespace NewsAlerts.Core.Texts;

/// <summary>
/// The CLDR plural category a whole count takes in an offered language (Unicode CLDR, "Language Plural Rules",
/// cardinal rules for integers): the suffix of a counted catalog key (<see cref="EmailText"/>).
/// </summary>
public static class PluralCategory
{
    /// <summary>
    /// <c>zero</c>, <c>one</c>, <c>two</c>, <c>few</c>, <c>many</c> or <c>other</c> for <paramref name="count"/> in
    /// <paramref name="language"/> (a tag, read by <see cref="TextLanguages.Of"/>). Arabic uses all six; French and
    /// Portuguese say "one" for 0 and 1; the other offered languages "one" for 1 only; everything else is "other".
    /// </summary>
    public static string Of(long count, string? language)
    {
        var n = Math.Abs(count);
        switch (TextLanguages.Of(language))
        {
            case "ar":
                return n switch
                {
                    0 => "zero",
                    1 => "one",
                    2 => "two",
                    _ when n % 100 is >= 3 and <= 10 => "few",
                    _ when n % 100 is >= 11 and <= 99 => "many",
                    _ => "other",
                };
            case "fr" or "pt":
                return n <= 1 ? "one" : "other";
            default:
                return n == 1 ? "one" : "other";
        }
    }
}
