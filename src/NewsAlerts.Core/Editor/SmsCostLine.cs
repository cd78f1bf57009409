namespace NewsAlerts.Core.Editor;

/// <summary>The estimated cost of an article's texts to one country.</summary>
/// <param name="Country">The ISO 3166-1 alpha-2 region, or <c>ZZ</c> when unknown.</param>
/// <param name="CallingCode">The country calling code, or 0.</param>
/// <param name="Texts">The texts.</param>
/// <param name="Segments">The segments they make (first texts carry the opt-out wording and may make more).</param>
/// <param name="PricePerSegment">The configured price, or null when none is set for the country.</param>
/// <param name="Cost">Segments times price, or null without a price.</param>
public sealed record SmsCostLine(string Country, int CallingCode, int Texts, int Segments, decimal? PricePerSegment, decimal? Cost);
