namespace NewsAlerts.Core.RateLimits;

using PhoneNumbers;

/// <summary>
/// The prefix that SMS pumping walks through: country calling code and the first three digits of the national
/// number (<c>+447400123456</c> → <c>+44740</c>), so a run of numbers in one operator's range shares a limit.
/// </summary>
public static class NumberPrefix
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>The prefix of an E.164 number; a number libphonenumber cannot read counts as its first six characters.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="e164"/> is null.</exception>
    public static string Of(string e164)
    {
        ArgumentNullException.ThrowIfNull(e164);
        try
        {
            var number = Phones.Parse(e164, null);
            var national = Phones.GetNationalSignificantNumber(number);
            return $"+{number.CountryCode}{national[..Math.Min(3, national.Length)]}";
        }
        catch (NumberParseException)
        {
            return e164[..Math.Min(6, e164.Length)];
        }
    }
}
