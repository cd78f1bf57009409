namespace NewsAlerts.Channels.Email.Templates;

/// <summary>Which story links a digest may make clickable.</summary>
public static class DigestLinks
{
    /// <summary>Only http(s) links: a javascript: or data: URL in article data must never reach a mail client.</summary>
    public static bool IsWebLink(Uri? url) => Core.Articles.StoryLinks.IsWebLink(url);
}
