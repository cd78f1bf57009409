namespace NewsAlerts.Pages.Forms;

/// <summary>Parses and compares web origins (<c>scheme://host[:port]</c>) for the pages' checks.</summary>
public static class Origins
{
    /// <summary>
    /// The origins in a setting (separated by spaces or commas), normalised to <c>scheme://host[:port]</c> in lower case;
    /// entries that are not absolute http(s) URLs are reported in <paramref name="invalid"/>.
    /// </summary>
    public static IReadOnlyList<string> Parse(string? setting, out IReadOnlyList<string> invalid)
    {
        var origins = new List<string>();
        var bad = new List<string>();
        invalid = bad;
        foreach (var entry in (setting ?? string.Empty).Split([' ', ',', ';', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Of(entry) is { } origin)
            {
                origins.Add(origin);
            }
            else
            {
                bad.Add(entry);
            }
        }

        return origins;
    }

    /// <summary>The origin of an absolute http(s) URL, or null when <paramref name="url"/> is not one.</summary>
    public static string? Of(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.Host.Length == 0)
        {
            return null;
        }

        return uri.IsDefaultPort ? $"{uri.Scheme}://{uri.Host}".ToLowerInvariant() : $"{uri.Scheme}://{uri.Host}:{uri.Port}".ToLowerInvariant();
    }

    /// <summary>
    /// Whether a form POST may come from where its headers say (the pages send <c>Referrer-Policy: same-origin</c>, so
    /// a browser posting one of our own forms names our origin). An <c>Origin</c> the browser names must be one of
    /// <paramref name="allowed"/>; a POST naming none (missing, or <c>Origin: null</c> as from a sandboxed frame or a
    /// page with <c>Referrer-Policy: no-referrer</c>) is accepted only when the browser says it is
    /// <c>Sec-Fetch-Site: same-origin</c> (<paramref name="fetchSite"/>) or its <c>Referer</c> is allowed. A
    /// <c>Sec-Fetch-Site: cross-site</c> POST therefore passes only with an allowed <c>Origin</c>.
    /// </summary>
    public static bool MayPost(string? origin, string? referer, string? fetchSite, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (!string.IsNullOrEmpty(origin) && origin != "null")
        {
            return Of(origin) is { } named && allowed.Contains(named);
        }

        if (string.Equals(fetchSite, "same-origin", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return !string.Equals(fetchSite, "cross-site", StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrEmpty(referer) && Of(referer) is { } from && allowed.Contains(from);
    }
}
