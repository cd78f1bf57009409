namespace NewsAlerts.Core.Words;

using PhoneNumbers;

/// <summary>
/// A phone number as people write it on a page, an email or a text: the E.164 form we store (<c>+447400333444</c>)
/// grouped by its country's own rules in international form (<c>+44 7400 333444</c>), from Google's libphonenumber
/// metadata (the ITU E.164 country codes and each numbering plan's grouping).
/// </summary>
public static class PhoneWords
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// <paramref name="e164"/> grouped for reading (<c>+1 202-555-0148</c>, <c>+33 6 12 34 56 78</c>). Anything that is
    /// not a whole number in + form is returned as given, so a masked number (<c>+44***89</c>) stays masked and a
    /// number libphonenumber cannot read is never altered; null gives null.
    /// </summary>
    public static string? Grouped(string? e164)
    {
        if (string.IsNullOrEmpty(e164) || e164[0] != '+' || e164.Length > 20 || e164.Length < 2 || !e164.Skip(1).All(char.IsAsciiDigit))
        {
            return e164;
        }

        try
        {
            var number = Phones.Parse(e164, null);
            return Phones.IsPossibleNumber(number) ? Phones.Format(number, PhoneNumberFormat.INTERNATIONAL) : e164;
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }
}
