namespace NewsAlerts.Cli.Dev;

using System.Text.Json;

/// <summary>Calls the Function App's <c>GET /api/health</c> through the local host.</summary>
public static class HealthProbe
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The status code and the JSON body.</summary>
    /// <param name="StatusCode">The HTTP status.</param>
    /// <param name="Body">The health report.</param>
    public sealed record Result(int StatusCode, JsonElement Body);

    /// <summary>Asks for the health report.</summary>
    public static async Task<Result> GetAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        using var response = await Http.GetAsync(new Uri(baseAddress, "api/health"), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        using var document = JsonDocument.Parse(body);
        return new Result((int)response.StatusCode, document.RootElement.Clone());
    }
}
