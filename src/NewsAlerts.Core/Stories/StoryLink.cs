namespace NewsAlerts.Core.Stories;

/// <summary>
/// A story's canonical link, for telling re-posts apart from new stories (<see cref="SameStory"/>): the same page
/// whatever the scheme (http or https), a leading <c>www.</c>, a fragment, a trailing slash or tracking parameters
/// (<c>utm_*</c>, <c>fbclid</c>, <c>gclid</c>) added by a newsletter or a social post.
/// </summary>
public static class StoryLink
{
    private static readonly string[] Tracking = ["fbclid", "gclid", "mc_cid", "mc_eid"];

    /// <summary>The canonical form of <paramref name="url"/>: <c>host/path?query</c>, host without <c>www.</c>, lower case.</summary>
    /// <returns>The canonical link; null for a missing, relative or non-web link.</returns>
    public static string? Of(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var host = url.IdnHost.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        var port = url.IsDefaultPort ? string.Empty : ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var path = url.AbsolutePath.TrimEnd('/');
        var query = string.Join('&', url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=')[0]))
            .Order(StringComparer.Ordinal));
        return query.Length == 0 ? $"{host}{port}{path}" : $"{host}{port}{path}?{query}";
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || Tracking.Contains(name, StringComparer.OrdinalIgnoreCase);
}
