namespace NewsAlerts.Core.Privacy;

/// <summary>
/// Masks contacts in text editors see (<see cref="ContactsInText"/>), reading numbers written without a country code as
/// numbers of every country texted: the configured <c>Sms:AllowedCountries</c> (a subscriber writes their number as
/// their country does, <c>087 123 4567</c> in IE, <c>06 12 34 56 78</c> in FR) and <see cref="ContactsInText.NationalRegions"/>.
/// </summary>
public sealed class ContactMask
{
    /// <summary>The mask of <see cref="ContactsInText.NationalRegions"/> alone (no countries configured).</summary>
    public static ContactMask Default { get; } = new([]);

    /// <summary>Reads national numbers of <paramref name="allowedCountries"/> (ISO 3166-1 alpha-2, any case) and of <see cref="ContactsInText.NationalRegions"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="allowedCountries"/> is null.</exception>
    public ContactMask(IEnumerable<string> allowedCountries)
    {
        ArgumentNullException.ThrowIfNull(allowedCountries);
        Regions = [.. ContactsInText.NationalRegions.Concat(allowedCountries.Select(c => c.Trim().ToUpperInvariant())).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The countries whose national way of writing numbers is recognised, upper case, each once.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>The text with every address and number masked (<see cref="ContactsInText.Mask(string?, IEnumerable{string})"/>); null stays null.</summary>
    public string? Mask(string? text) => ContactsInText.Mask(text, Regions);
}
