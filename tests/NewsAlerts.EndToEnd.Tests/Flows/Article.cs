namespace NewsAlerts.EndToEnd.Tests.Flows;

using System.Net;
using System.Text.Json.Nodes;
using NewsAlerts.Testing;

/// <summary>What the editor does in the browser tests: publish the shared sample article (a Syrian truce, Aleppo) under a new id.</summary>
public static class Article
{
    /// <summary>Publishes the sample as <paramref name="id"/> through <c>POST /api/articles</c> with the editor key; the answer must be 200.</summary>
    public static async Task PublishAsync(TestFunctionHost host, string id)
    {
        ArgumentNullException.ThrowIfNull(host);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.SharedData(), "sample-article.json")))!;
        json["uri"] = id;
        json["urgency"] = 3;
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles")
        {
            Content = new StringContent(json.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-functions-key", TestFunctionHost.DefaultKey);
        using var response = await host.Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
