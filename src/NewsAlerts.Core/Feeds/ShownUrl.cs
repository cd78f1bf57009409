namespace NewsAlerts.Core.Feeds;

/// <summary>
/// A URL as the feed pages, answers and logs may show it: never its user name or password (<c>https://user:pass@host/</c>
/// shows as <c>https://***@host/</c>). A registered feed cannot carry them (<see cref="FeedUrlGuard"/>), but a redirect's
/// <c>Location</c>, a hub a feed names or a feed link on an HTML page can, and <see cref="Uri.GetLeftPart"/> and
/// <see cref="Uri.AbsoluteUri"/> keep them (session 44).
/// </summary>
public static class ShownUrl
{
    /// <summary>The whole URL without its credentials.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public static string Of(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsAbsoluteUri && url.UserInfo.Length > 0 ? Hidden(url).AbsoluteUri.Replace("//redacted@", "//***@", StringComparison.Ordinal) : url.IsAbsoluteUri ? url.AbsoluteUri : url.OriginalString;
    }

    /// <summary>The scheme, host and port (<see cref="UriPartial.Authority"/>) without the credentials.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public static string Authority(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.UserInfo.Length > 0
            ? Hidden(url).GetLeftPart(UriPartial.Authority).Replace("//redacted@", "//***@", StringComparison.Ordinal)
            : url.GetLeftPart(UriPartial.Authority);
    }

    private static Uri Hidden(Uri url) => new UriBuilder(url) { UserName = "redacted", Password = string.Empty }.Uri;
}
