namespace NewsAlerts.Cli.Stack;

/// <summary>Asks a local stand-in's HTTP endpoint whether the service is up: a success status within 2 s.</summary>
internal static class HttpProbe
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };

    /// <summary>Whether a GET of <paramref name="address"/> answers with a success status; false when it refuses, fails or times out.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<bool> AnswersAsync(Uri address, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Http.GetAsync(address, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
