namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;

/// <summary>Reads the forms of a rendered page as a browser would submit them (action and hidden fields).</summary>
internal static partial class HtmlForms
{
    /// <summary>Every <c>method="post"</c> form: its action and its hidden fields.</summary>
    public static IReadOnlyList<(string Action, Dictionary<string, string> Hidden)> Of(string html) =>
        [.. FormPattern().Matches(html).Select(m => (
            WebUtility.HtmlDecode(m.Groups["action"].Value),
            HiddenPattern().Matches(m.Groups["body"].Value).ToDictionary(h => WebUtility.HtmlDecode(h.Groups["name"].Value), h => WebUtility.HtmlDecode(h.Groups["value"].Value))))];

    /// <summary>The one form whose hidden <c>step</c> is <paramref name="step"/>.</summary>
    public static (string Action, Dictionary<string, string> Hidden) WithStep(string html, string step) =>
        Of(html).Single(f => f.Hidden.GetValueOrDefault("step") == step);

    /// <summary>
    /// Posts <paramref name="form"/>'s hidden fields and <paramref name="fields"/> as a browser on <paramref name="origin"/>
    /// would; with <paramref name="from"/>, as a browser at that address (<c>X-Forwarded-For</c>), so per-client limits
    /// count it apart.
    /// </summary>
    public static async Task<(HttpResponseMessage Response, string Html)> PostAsync(
        HttpClient client, (string Action, Dictionary<string, string> Hidden) form, IEnumerable<KeyValuePair<string, string>>? fields = null, string? origin = null, string? from = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, form.Action.TrimStart('/'))
        {
            Content = new FormUrlEncodedContent([.. form.Hidden, .. fields ?? []]),
        };
        request.Headers.Add("Origin", origin ?? client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        if (from is not null)
        {
            request.Headers.Add("X-Forwarded-For", from);
        }

        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("""<form method="post" action="(?<action>[^"]*)"[^>]*>(?<body>.*?)</form>""", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]*)" value="(?<value>[^"]*)"\s*/?>""")]
    private static partial Regex HiddenPattern();
}
