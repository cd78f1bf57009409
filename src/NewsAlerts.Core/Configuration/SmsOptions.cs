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
}
