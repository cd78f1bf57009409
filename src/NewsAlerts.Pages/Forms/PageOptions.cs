namespace NewsAlerts.Pages.Forms;

/// <summary>Settings of the subscriber pages (section <c>Pages</c>).</summary>
public sealed class PageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Pages";

    /// <summary>
    /// Origins besides the app's own (<c>Alerts:PublicBaseUrl</c>) whose pages may post the forms, e.g.
    /// <c>https://news.example</c>; several separated by spaces or commas. Empty: only the app's own.
    /// </summary>
    public string? AllowedOrigins { get; set; }

    /// <summary>
    /// Origins of newsroom sites that may embed the sign-up page in an iframe (<c>/signup?embed=1</c>), e.g.
    /// <c>https://news.example</c>; separated by spaces or commas. Empty: no site may frame any page.
    /// </summary>
    public string? EmbedOrigins { get; set; }
}
