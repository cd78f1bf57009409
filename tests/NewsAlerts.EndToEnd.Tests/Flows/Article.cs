namespace NewsAlerts.EndToEnd.Tests.Flows;

using System.Net;
using System.Text.Json.Nodes;
using NewsAlerts.Testing;

/// <summary>
/// What the editor does in the browser tests: publish a story about a made-up place of the test's own (the shared
/// sample's shape, its Syrian names taken out), so that it reaches that test's subscriber and nobody another flow signed
/// up meanwhile (flows run side by side on one host and one matching index).
/// </summary>
public static class Article
{
    /// <summary>The headline's start (the whole headline is this, then <c>" in {place}"</c>).</summary>
    public const string HeadlineStart = "Kerry sees hope of talks";

    /// <summary>A word no other test follows: "Zq" and eight random lowercase letters (letters only, so the topic parser reads one word).</summary>
    public static string NewPlace() =>
        "Zq" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) % 26))));

    /// <summary>
    /// Publishes the sample as <paramref name="id"/>, urgency 3, about <paramref name="place"/> only, through
    /// <c>POST /api/articles</c> with the editor key; the answer must be 200.
    /// </summary>
    public static async Task PublishAsync(TestFunctionHost host, string id, string place)
    {
        ArgumentNullException.ThrowIfNull(host);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.SharedData(), "sample-article.json")))!.AsObject();
        json["uri"] = id;
        json["urgency"] = 3;
        json["headline"] = $"{HeadlineStart} in {place}";
        json["description_text"] = $"Envoys meet in {place}.";
        json["body_text"] = $"Envoys met in {place} on Monday and agreed to meet again.";
        json.Remove("place");
        json.Remove("subject");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles")
        {
            Content = new StringContent(json.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-functions-key", TestFunctionHost.DefaultKey);
        using var response = await host.Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
