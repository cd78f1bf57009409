namespace NewsAlerts.Core.Planning;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using PhoneNumbers;

/// <summary>
/// Counts the texts of a plan by the country of their numbers and the language of their subscribers, so an editor can
/// see what they will cost: a text is composed in its subscriber's language (<c>SmsAlertRequest.Language</c>), whose
/// words may make it UCS-2 (Arabic) or longer.
/// </summary>
public static class SmsCountries
{
    /// <summary>The unknown region (libphonenumber's name for it).</summary>
    public const string Unknown = "ZZ";

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// The texts to <paramref name="recipients"/> (the SMS recipients of a plan), by country and language (as
    /// <see cref="TextLanguages.Of"/> reads each subscriber's), most texts first.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="recipients"/> is null.</exception>
    public static IReadOnlyList<SmsCountryCount> Count(IEnumerable<Subscriber> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        return Ordered(recipients
            .Select(r => (Region: RegionOf(r.Phone), Language: TextLanguages.Of(r.Language), r.SmsWelcomed))
            .GroupBy(r => (r.Region, r.Language))
            .Select(g => new SmsCountryCount(g.Key.Region.Country, g.Key.Region.CallingCode, g.Count(), g.Count(r => !r.SmsWelcomed), g.Key.Language)));
    }

    /// <summary>
    /// The texts of <paramref name="counts"/> by language, whatever the country: English (<see cref="TextLanguages.Default"/>)
    /// first when it has texts, then most texts first.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    public static IReadOnlyList<SmsLanguageCount> ByLanguage(IEnumerable<SmsCountryCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts
            .GroupBy(c => c.Language, StringComparer.Ordinal)
            .Select(g => new SmsLanguageCount(g.Key, g.Sum(c => c.Texts), g.Sum(c => c.FirstTexts)))
            .OrderByDescending(l => l.Language == TextLanguages.Default)
            .ThenByDescending(l => l.Texts)
            .ThenBy(l => l.Language, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Two counts of texts by country and language added together, most texts first.</summary>
    /// <exception cref="ArgumentNullException">A count is null.</exception>
    public static IReadOnlyList<SmsCountryCount> Merge(IReadOnlyList<SmsCountryCount> first, IReadOnlyList<SmsCountryCount> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Ordered(first.Concat(second)
            .GroupBy(c => (c.Country, c.CallingCode, c.Language))
            .Select(g => new SmsCountryCount(g.Key.Country, g.Key.CallingCode, g.Sum(c => c.Texts), g.Sum(c => c.FirstTexts), g.Key.Language)));
    }

    private static List<SmsCountryCount> Ordered(IEnumerable<SmsCountryCount> counts) =>
        [.. counts.OrderByDescending(c => c.Texts).ThenBy(c => c.Country, StringComparer.Ordinal).ThenBy(c => c.Language, StringComparer.Ordinal)];

    /// <summary>The region and calling code of an E.164 number; (<see cref="Unknown"/>, 0) when it cannot be read.</summary>
    public static (string Country, int CallingCode) RegionOf(string? e164)
    {
        if (string.IsNullOrEmpty(e164))
        {
            return (Unknown, 0);
        }

        try
        {
            var number = Phones.Parse(e164, Unknown);
            return (Phones.GetRegionCodeForNumber(number) ?? Unknown, number.CountryCode);
        }
        catch (NumberParseException)
        {
            return (Unknown, 0);
        }
    }
}
