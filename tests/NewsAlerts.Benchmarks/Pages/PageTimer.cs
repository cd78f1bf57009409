namespace NewsAlerts.Benchmarks.Pages;

using System.Diagnostics;
using System.Text.RegularExpressions;
using NewsAlerts.Benchmarks.Feeds;

/// <summary>
/// One page's measured server times, the process CPU and the storage round trips each request took (by destination),
/// and its weight, or why it is not a page.
/// </summary>
internal sealed partial record PageTimer(
    IReadOnlyList<double> SortedMilliseconds, double CpuMilliseconds, double JitMethods, IReadOnlyDictionary<string, double> RoundTrips, long HtmlBytes, long AssetBytes, string? Problem)
{
    /// <summary>
    /// Requests <paramref name="url"/> <paramref name="warmUp"/> times unmeasured, then <paramref name="samples"/> times
    /// measured; <paramref name="trips"/> counts the storage requests the host makes while serving them. A first answer
    /// that is not 200 with <paramref name="mediaType"/> is the problem.
    /// </summary>
    public static async Task<PageTimer> MeasureAsync(
        HttpClient client, Uri url, int warmUp, int samples, RequestCounts trips, CancellationToken cancellationToken, string mediaType = "text/html")
    {
        using (var first = await GetAsync(client, url, cancellationToken))
        {
            var type = first.Content.Headers.ContentType?.MediaType;
            if (!first.IsSuccessStatusCode || type != mediaType)
            {
                return new PageTimer([], 0, 0, new Dictionary<string, double>(), 0, 0, $"{(int)first.StatusCode} {type}");
            }
        }

        var body = string.Empty;
        var times = new List<double>(samples);
        var process = Process.GetCurrentProcess();
        var cpu = TimeSpan.Zero;
        var jitted = 0L;
        for (var i = 0; i < warmUp + samples; i++)
        {
            if (i == warmUp)
            {
                _ = trips.Take();
                process.Refresh();
                cpu = process.TotalProcessorTime;
                jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            }

            var clock = Stopwatch.StartNew();
            using var response = await GetAsync(client, url, cancellationToken);
            body = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (i >= warmUp)
            {
                times.Add(elapsed);
            }
        }

        var counted = trips.Take();
        process.Refresh();
        var cpuPerRequest = (process.TotalProcessorTime - cpu).TotalMilliseconds / samples;
        var jitPerRequest = (double)(System.Runtime.JitInfo.GetCompiledMethodCount() - jitted) / samples;
        long assets = 0;
        foreach (var asset in Assets().Matches(body).Select(m => new Uri(url, m.Groups["url"].Value)).Where(a => a.Host == url.Host).Distinct())
        {
            assets += (await client.GetByteArrayAsync(asset, cancellationToken)).LongLength;
        }

        times.Sort();
        return new PageTimer(times, cpuPerRequest, jitPerRequest, counted.ToDictionary(c => c.Key, c => (double)c.Value / samples, StringComparer.Ordinal),
            System.Text.Encoding.UTF8.GetByteCount(body), assets, null);
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

    /// <summary>The storage round trips per request, all destinations together.</summary>
    public double TotalRoundTrips => RoundTrips.Values.Sum();

    // Same-site stylesheets and scripts the page loads (our own pages' markup: quoted attributes).
    [GeneratedRegex(@"<(?:link[^>]*\brel=""stylesheet""[^>]*\bhref|script[^>]*\bsrc)=""(?<url>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Assets();
}
