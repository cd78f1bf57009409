namespace NewsAlerts.Integration.Tests;

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsAlerts.Testing;

/// <summary>What an editor does in the tests: take the sample article and publish it through the API.</summary>
internal static class Editor
{
    /// <summary>The shared sample article (Straits Times, Syrian truce) with the given id, urgency, version and URL.</summary>
    public static string SampleArticle(string id, int urgency = 3, int version = 1, string? url = null)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.SharedData(), "sample-article.json")))!;
        json["uri"] = id;
        json["urgency"] = urgency;
        json["version"] = $"{version}";
        if (url is not null)
        {
            json["url"] = url;
        }

        return json.ToJsonString();
    }

    /// <summary>Publishes with the editor key and returns the answer, which must be 200.</summary>
    public static async Task<JsonElement> PublishAsync(TestFunctionHost host, string article, bool dryRun = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/articles?dryRun={dryRun}") { Content = Api.Json(article) };
        request.Headers.Add("x-functions-key", TestFunctionHost.DefaultKey);
        using var response = await host.Client.SendAsync(request);
        var body = await Api.BodyAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }
}
