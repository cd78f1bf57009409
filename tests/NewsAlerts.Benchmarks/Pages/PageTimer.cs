namespace NewsAlerts.Benchmarks.Pages;

using System.Diagnostics;
using System.Text.RegularExpressions;

/// <summary>One page's measured server times and weight, or why it is not a page.</summary>
internal sealed partial record PageTimer(IReadOnlyList<double> SortedMilliseconds, long HtmlBytes, long AssetBytes, string? Problem)
{
    /// <summary>Requests the page <paramref name="warmUp"/> times unmeasured, then <paramref name="samples"/> times measured.</summary>
    public static async Task<PageTimer> MeasureAsync(HttpClient client, Uri url, int warmUp, int samples, CancellationToken cancellationToken)
    {
        using (var first = await GetAsync(client, url, cancellationToken))
        {
            var type = first.Content.Headers.ContentType?.MediaType;
            if (!first.IsSuccessStatusCode || type != "text/html")
            {
                return new PageTimer([], 0, 0, $"{(int)first.StatusCode} {type}");
            }
        }

        var html = string.Empty;
        var times = new List<double>(samples);
        for (var i = 0; i < warmUp + samples; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await GetAsync(client, url, cancellationToken);
            html = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (i >= warmUp)
            {
                times.Add(elapsed);
            }
        }

        long assets = 0;
        foreach (var asset in Assets().Matches(html).Select(m => new Uri(url, m.Groups["url"].Value)).Where(a => a.Host == url.Host).Distinct())
        {
            assets += (await client.GetByteArrayAsync(asset, cancellationToken)).LongLength;
        }

        times.Sort();
        return new PageTimer(times, System.Text.Encoding.UTF8.GetByteCount(html), assets, null);
    }

    // As a browser asks (the manage link answers JSON to API clients and the page to browsers).
    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return await client.SendAsync(request, cancellationToken);
    }

    /// <summary>The nearest-rank percentile (0..100) in milliseconds.</summary>
    public double Percentile(double percent) =>
        SortedMilliseconds[Math.Clamp((int)Math.Ceiling(percent / 100 * SortedMilliseconds.Count) - 1, 0, SortedMilliseconds.Count - 1)];

    // Same-site stylesheets and scripts the page loads (our own pages' markup: quoted attributes).
    [GeneratedRegex(@"<(?:link[^>]*\brel=""stylesheet""[^>]*\bhref|script[^>]*\bsrc)=""(?<url>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Assets();
}
