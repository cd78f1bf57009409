namespace NewsAlerts.Core.Editor;

using System.Globalization;
using NewsAlerts.Core.Planning;

/// <summary>What an article's texts will cost: segments per country (each text measured in its own language) times the configured price per segment.</summary>
/// <param name="Lines">One line per country, from the counts of <see cref="SmsCountries"/>.</param>
/// <param name="Total">The sum of the priced lines.</param>
/// <param name="Unpriced">Whether some texts go to countries without a price (the total leaves them out).</param>
public sealed record SmsCostEstimate(IReadOnlyList<SmsCostLine> Lines, decimal Total, bool Unpriced)
{
    /// <summary>Texts to countries without a price: <see cref="Total"/> leaves them out, so it is a lower bound when any.</summary>
    public int UnpricedTexts => Lines.Where(l => l.Cost is null).Sum(l => l.Texts);

    /// <summary>Whether some texts go to a country with a price (else <see cref="Total"/> says nothing of the cost).</summary>
    public bool AnyPriced => Lines.Any(l => l.Cost is not null);

    /// <summary>
    /// Estimates the cost of <paramref name="countries"/> when every text makes <paramref name="segments"/> segments and
    /// a first text to a number (with the opt-out wording) <paramref name="firstSegments"/>, whatever its language.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SmsCostEstimate Of(
        IReadOnlyList<SmsCountryCount> countries, int segments, int firstSegments, IReadOnlyDictionary<string, decimal> pricePerSegment) =>
        Of(countries, _ => (segments, firstSegments), pricePerSegment);

    /// <summary>
    /// Estimates the cost of <paramref name="counts"/> (texts by country and language, <see cref="SmsCountries.Count"/>):
    /// a text in language <c>l</c> makes <c>segmentsOf(l).Later</c> segments, a first text to a number (with the opt-out
    /// wording) <c>segmentsOf(l).First</c>, as the SMS sender composes them in that language (the caller composes with
    /// the sender's composer). One line per country, its segments summed over its languages, most texts first; prices
    /// per segment are looked up by region, then by calling code (<c>Sms:PricePerSegment</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SmsCostEstimate Of(
        IReadOnlyList<SmsCountryCount> counts, Func<string, (int Later, int First)> segmentsOf, IReadOnlyDictionary<string, decimal> pricePerSegment)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(segmentsOf);
        ArgumentNullException.ThrowIfNull(pricePerSegment);
        var lines = counts.GroupBy(c => (c.Country, c.CallingCode)).Select(g =>
        {
            var made = g.Sum(c =>
            {
                var (later, first) = segmentsOf(c.Language);
                return ((c.Texts - c.FirstTexts) * later) + (c.FirstTexts * first);
            });
            var (country, callingCode) = g.Key;
            decimal? price = pricePerSegment.TryGetValue(country, out var byRegion) ? byRegion
                : callingCode > 0 && pricePerSegment.TryGetValue(callingCode.ToString(CultureInfo.InvariantCulture), out var byCode) ? byCode
                : null;
            return new SmsCostLine(country, callingCode, g.Sum(c => c.Texts), made, price, price * made);
        }).OrderByDescending(l => l.Texts).ThenBy(l => l.Country, StringComparer.Ordinal).ToList();
        return new SmsCostEstimate(lines, lines.Sum(l => l.Cost ?? 0m), lines.Any(l => l.Cost is null));
    }
}
