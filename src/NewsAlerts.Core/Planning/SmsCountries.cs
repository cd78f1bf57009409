namespace NewsAlerts.Core.Planning;

using NewsAlerts.Core.Subscribers;
using PhoneNumbers;

/// <summary>Counts the texts of a plan by the country of their numbers, so an editor can see what they will cost.</summary>
public static class SmsCountries
{
    /// <summary>The unknown region (libphonenumber's name for it).</summary>
    public const string Unknown = "ZZ";

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>The texts to <paramref name="recipients"/> (the SMS recipients of a plan), by country, most texts first.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="recipients"/> is null.</exception>
    public static IReadOnlyList<SmsCountryCount> Count(IEnumerable<Subscriber> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        return recipients
            .Select(r => (Region: RegionOf(r.Phone), r.SmsWelcomed))
            .GroupBy(r => r.Region)
            .Select(g => new SmsCountryCount(g.Key.Country, g.Key.CallingCode, g.Count(), g.Count(r => !r.SmsWelcomed)))
            .OrderByDescending(c => c.Texts)
            .ThenBy(c => c.Country, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Two counts of texts by country added together, most texts first.</summary>
    /// <exception cref="ArgumentNullException">A count is null.</exception>
    public static IReadOnlyList<SmsCountryCount> Merge(IReadOnlyList<SmsCountryCount> first, IReadOnlyList<SmsCountryCount> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return first.Concat(second)
            .GroupBy(c => (c.Country, c.CallingCode))
            .Select(g => new SmsCountryCount(g.Key.Country, g.Key.CallingCode, g.Sum(c => c.Texts), g.Sum(c => c.FirstTexts)))
            .OrderByDescending(c => c.Texts)
            .ThenBy(c => c.Country, StringComparer.Ordinal)
            .ToList();
    }

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
