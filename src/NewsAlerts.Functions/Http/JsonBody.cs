namespace NewsAlerts.Functions.Http;

using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsAlerts.Core.Validation;

/// <summary>
/// Reads a bounded JSON request body, answering 413, 415 or 400 problem+json (naming <c>$</c> or the field) when it
/// cannot, by the rules of <see cref="JsonText"/>: not JSON (where and why in words, <see cref="Core.Articles.JsonSyntax"/>),
/// nested deeper than <see cref="MaxDepth"/>, a key given twice (named by its path, e.g.
/// <c>email</c> or <c>preferences.caps</c>: "is given twice; give each field once", trial r34 #5), or a string that is not Unicode
/// (bytes that are not UTF-8, a lone surrogate escape such as <c>"\ud800"</c>), or a list of more than
/// <see cref="ListBounds.MaxItems"/> items (named by its path, with its count and the bound). A UTF-8 byte-order mark is skipped.
/// </summary>
public static class JsonBody
{
    /// <summary>The largest body accepted: 1 MiB.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The deepest nesting accepted (<see cref="JsonText.MaxDepth"/>).</summary>
    public const int MaxDepth = JsonText.MaxDepth;

    private const string Invalid = "The request is not valid.";

    /// <summary>The reason an endpoint whose body is required gives for none (empty, or only whitespace), naming <c>$</c>.</summary>
    public const string BodyRequired = "body required: send a JSON object";

    /// <summary>The reason for a key given twice in one object.</summary>
    public const string GivenTwice = JsonText.GivenTwice;

    /// <summary>
    /// The parsed body with every key given twice (named by its path; the document holds the last value given), or the
    /// problem to answer instead. The caller answers the keys given twice together with its own errors (trial s43 #7).
    /// <paramref name="exampleField"/> is a field of this route's body, shown where a field name was expected
    /// (<see cref="Core.Articles.JsonSyntax"/>, trial s43 #2).
    /// </summary>
    public static async Task<(JsonDocument? Document, IReadOnlyList<FieldError> GivenTwice, IActionResult? Problem)> ReadAsync(
        HttpRequest request, string exampleField, CancellationToken cancellationToken) =>
        Opened(await ReadAsync(request, allowEmpty: false, exampleField, cancellationToken));

    /// <summary>As <see cref="ReadAsync(HttpRequest, string, CancellationToken)"/>, but an empty body (or none) is no problem: a null document.</summary>
    public static async Task<(JsonDocument? Document, IReadOnlyList<FieldError> GivenTwice, IActionResult? Problem)> ReadOptionalAsync(
        HttpRequest request, string exampleField, CancellationToken cancellationToken) =>
        Opened(await ReadAsync(request, allowEmpty: true, exampleField, cancellationToken));

    /// <summary>What a body-less endpoint says of a member its body has: it takes none.</summary>
    public const string NoMembers = "is not a field of this request (it takes no body; send none, or {})";

    /// <summary>
    /// For an endpoint that reads nothing from its body (its input is the route, query or <c>Authorization</c>): null
    /// when the body is empty, or <c>{}</c> (any JSON whitespace); otherwise the problem: 400, 413 or 415 for a body
    /// <see cref="ReadAsync(HttpRequest, string, CancellationToken)"/> refuses, and 400 naming each member of an object
    /// (<see cref="NoMembers"/>) or <c>$</c> for another JSON value, so <c>POST /api/subscribers/{id}/stop {"x":1}</c>
    /// is refused rather than obeyed with <c>x</c> ignored (trial r35 #3; the same rule as <see cref="KnownMembers"/>).
    /// </summary>
    public static async Task<IActionResult?> RefuseUnreadableAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (reading, problem) = await ReadAsync(request, allowEmpty: true, exampleField: null, cancellationToken);
        using (reading?.Document)
        {
            if (problem is not null || reading?.Document is not { } document)
            {
                return problem;
            }

            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Problems.Invalid([new FieldError("$", "this request takes no body; send none, or {}")]);
            }

            List<FieldError> errors = [.. reading.GivenTwice, .. root.EnumerateObject().Select(member => member.Name).Distinct(StringComparer.Ordinal).Select(name => new FieldError(name, NoMembers))];
            return errors.Count == 0 ? null : Problems.Invalid(errors);
        }
    }

    private static (JsonDocument? Document, IReadOnlyList<FieldError> GivenTwice, IActionResult? Problem) Opened((JsonReading? Reading, IActionResult? Problem) read) =>
        (read.Reading?.Document, read.Reading?.GivenTwice ?? [], read.Problem);

    private static async Task<(JsonReading? Reading, IActionResult? Problem)> ReadAsync(HttpRequest request, bool allowEmpty, string? exampleField, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (allowEmpty && request.ContentLength == 0)
        {
            return (null, null);
        }

        if (request.ContentType is { } type && !IsJson(type) && !(allowEmpty && await IsEmptyAsync(request, cancellationToken)))
        {
            return (null, Problems.Field(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "$", "send application/json."));
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

        var bytes = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        // Only JSON whitespace (RFC 8259 §2) is no body: none for an endpoint whose body is optional, a missing one otherwise.
        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return allowEmpty ? (null, null) : (null, Problems.Field(StatusCodes.Status400BadRequest, Invalid, "$", BodyRequired));
        }

        var reading = JsonText.Read(bytes, exampleField);
        return reading.Error is null ? (reading, null) : (null, Problems.Invalid([reading.Error]));
    }

    /// <summary>
    /// Reads the body and hands its root to <paramref name="handle"/> with every key given twice (named by its path,
    /// <see cref="GivenTwice"/>; the root holds the last value given), or answers the problem when it cannot be read.
    /// The handler answers the keys given twice together with its own errors (a 400 naming all of them, trial s43 #7)
    /// and acts on nothing when there is one. <paramref name="exampleField"/> is a field of this route's body, shown
    /// where a field name was expected (<c>expected a field name in double quotes ("email")</c>, trial s43 #2).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="handle"/> is null.</exception>
    public static async Task<IActionResult> HandleAsync(
        HttpRequest request, string exampleField, Func<JsonElement, IReadOnlyList<FieldError>, Task<IActionResult>> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var (reading, problem) = await ReadAsync(request, allowEmpty: false, exampleField, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        using (reading!.Document)
        {
            return await handle(reading.Document!.RootElement, reading.GivenTwice);
        }
    }

    // A body of another type may still be empty (a client that names a type for a POST with no body): nothing to refuse.
    private static async Task<bool> IsEmptyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } length)
        {
            return length == 0;
        }

        var one = new byte[1];
        return await request.Body.ReadAsync(one, cancellationToken) == 0;
    }

    private static bool IsJson(string contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && (parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || parsed.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true
            || parsed.MediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase));

    private static IActionResult TooLarge() =>
        Problems.Field(StatusCodes.Status413PayloadTooLarge, "Payload too large", "$", $"larger than {MaxBytes} bytes.");
}
