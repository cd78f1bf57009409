namespace NewsAlerts.Functions.Http;

using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

/// <summary>Reads a bounded JSON request body, answering 413, 415 or 400 problem+json when it cannot.</summary>
public static class JsonBody
{
    /// <summary>The largest body accepted: 1 MiB.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The parsed body, or the problem to answer instead.</summary>
    public static async Task<(JsonDocument? Document, IActionResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentType is { } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Problems.Of(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", $"body: send application/json, not {type}."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, Problems.Of(StatusCodes.Status400BadRequest, "The request is not valid.", "body: a JSON object is required."));
        }

        try
        {
            return (JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 32 }), null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Of(StatusCodes.Status400BadRequest, "The request is not valid.", $"body: not valid JSON ({ex.Message})"));
        }
    }

    /// <summary>Reads the body and hands its root to <paramref name="handle"/>, or answers the problem when it cannot be read.</summary>
    public static async Task<IActionResult> HandleAsync(HttpRequest request, Func<JsonElement, Task<IActionResult>> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var (document, problem) = await ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        using (document)
        {
            return await handle(document!.RootElement);
        }
    }

    private static IActionResult TooLarge() =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, "Payload too large", $"body: larger than {MaxBytes} bytes.");
}
