namespace NewsAlerts.Core.Configuration;

/// <summary>Who may sign up for texts (section <c>Sms</c>).</summary>
public sealed class SmsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Sms";

    /// <summary>
    /// The countries whose mobile numbers may sign up for texts: ISO 3166-1 alpha-2 codes separated by commas or
    /// spaces, e.g. <c>GB, US, SG</c> (required; a number from any other country is refused with 400 naming <c>phone</c>).
    /// </summary>
    public string? AllowedCountries { get; set; }

    /// <summary>
    /// What one SMS segment costs, by the country of the number: keys are ISO 3166-1 alpha-2 regions (<c>Sms:PricePerSegment:GB</c>)
    /// or country calling codes (<c>Sms:PricePerSegment:44</c>, the region winning when both are set), values in
    /// <see cref="PriceCurrency"/>, e.g. <c>0.0524</c>. Optional: the editor console's cost estimate names the countries without a price.
    /// </summary>
    public Dictionary<string, decimal> PricePerSegment { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The currency of <see cref="PricePerSegment"/> as shown to editors (default <c>USD</c>).</summary>
    public string PriceCurrency { get; set; } = "USD";
}
