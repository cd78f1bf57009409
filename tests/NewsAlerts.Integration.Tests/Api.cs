namespace NewsAlerts.Integration.Tests;

using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>Small HTTP conveniences for the API tests.</summary>
internal static class Api
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>
    /// The rule of every problem+json answer (trial s43 #4): a problem whose <c>detail</c> names a field
    /// (<c>field: reason</c>) carries <c>errors</c> with that field, as every 400 does. A rate limit names its limit in
    /// its own <c>limit</c> member, not a field.
    /// </summary>
    public static void AssertFieldProblemHasErrors(string problemJson)
    {
        using var document = JsonDocument.Parse(problemJson);
        var root = document.RootElement;
        if (root.TryGetProperty("limit", out _) || !root.TryGetProperty("detail", out var detail)
            || Regex.Match(detail.GetString() ?? string.Empty, @"^([A-Za-z$][\w.\[\]$-]*): ", RegexOptions.None, TimeSpan.FromSeconds(1)) is not { Success: true } named)
        {
            return;
        }

        var field = named.Groups[1].Value;
        Assert.True(
            root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object && errors.TryGetProperty(field, out var reasons) && reasons.GetArrayLength() > 0,
            $"a problem about '{field}' names it under errors: {problemJson}");
    }

    public static async Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string path, object body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        return await client.SendAsync(request);
    }
}
