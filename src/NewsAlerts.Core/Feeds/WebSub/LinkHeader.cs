namespace NewsAlerts.Core.Feeds.WebSub;

/// <summary>Reads the targets of an HTTP <c>Link</c> header (RFC 8288) by relation, as WebSub discovery needs them.</summary>
public static class LinkHeader
{
    /// <summary>
    /// The targets of <paramref name="header"/> whose <c>rel</c> names <paramref name="relation"/> (relations are
    /// space-separated and compared ignoring case), resolved against <paramref name="baseUrl"/>; unreadable links are skipped.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="relation"/> or <paramref name="baseUrl"/> is null.</exception>
    public static IReadOnlyList<Uri> Targets(string? header, string relation, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(relation);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var found = new List<Uri>();
        var i = 0;
        while (header is not null && i < header.Length)
        {
            var open = header.IndexOf('<', i);
            var close = open < 0 ? -1 : header.IndexOf('>', open + 1);
            if (close < 0)
            {
                break;
            }

            var target = header[(open + 1)..close].Trim();
            var end = EndOfLink(header, close + 1);
            var rels = Rel(header[(close + 1)..end]);
            if (rels.Contains(relation, StringComparer.OrdinalIgnoreCase) && Uri.TryCreate(baseUrl, target, out var uri))
            {
                found.Add(uri);
            }

            i = end + 1;
        }

        return found;
    }

    // The link's parameters run to the next comma outside a quoted string.
    private static int EndOfLink(string header, int from)
    {
        var quoted = false;
        for (var j = from; j < header.Length; j++)
        {
            if (header[j] == '"')
            {
                quoted = !quoted;
            }
            else if (header[j] == ',' && !quoted)
            {
                return j;
            }
        }

        return header.Length;
    }

    private static string[] Rel(string parameters)
    {
        foreach (var parameter in parameters.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = parameter.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && parameter[..eq].Trim().Equals("rel", StringComparison.OrdinalIgnoreCase))
            {
                return parameter[(eq + 1)..].Trim().Trim('"').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        return [];
    }
}
