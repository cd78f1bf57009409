namespace NewsAlerts.Core.Editor;

using System.Globalization;
using NewsAlerts.Core.Planning;

/// <summary>What an article's texts will cost: segments per country times the configured price per segment.</summary>
/// <param name="Lines">One line per country, as counted by <see cref="SmsCountries"/>.</param>
/// <param name="Total">The sum of the priced lines.</param>
/// <param name="Unpriced">Whether some texts go to countries without a price (the total leaves them out).</param>
public sealed record SmsCostEstimate(IReadOnlyList<SmsCostLine> Lines, decimal Total, bool Unpriced)
{
    /// <summary>Texts to countries without a price: <see cref="Total"/> leaves them out, so it is a lower bound when any.</summary>
    public int UnpricedTexts => Lines.Where(l => l.Cost is null).Sum(l => l.Texts);

    /// <summary>Whether some texts go to a country with a price (else <see cref="Total"/> says nothing of the cost).</summary>
    public bool AnyPriced => Lines.Any(l => l.Cost is not null);

    /// <summary>
    /// Estimates the cost of <paramref name="countries"/> when a text makes <paramref name="segments"/> segments and a
    /// first text to a number (with the opt-out wording) <paramref name="firstSegments"/>; prices per segment are looked
    /// up by region, then by calling code.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SmsCostEstimate Of(
        IReadOnlyList<SmsCountryCount> countries, int segments, int firstSegments, IReadOnlyDictionary<string, decimal> pricePerSegment)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(pricePerSegment);
        var lines = countries.Select(c =>
        {
            var made = ((c.Texts - c.FirstTexts) * segments) + (c.FirstTexts * firstSegments);
            decimal? price = pricePerSegment.TryGetValue(c.Country, out var byRegion) ? byRegion
                : c.CallingCode > 0 && pricePerSegment.TryGetValue(c.CallingCode.ToString(CultureInfo.InvariantCulture), out var byCode) ? byCode
                : null;
            return new SmsCostLine(c.Country, c.CallingCode, c.Texts, made, price, price * made);
        }).ToList();
        return new SmsCostEstimate(lines, lines.Sum(l => l.Cost ?? 0m), lines.Any(l => l.Cost is null));
    }
}
