namespace NewsAlerts.Functions.OpenApi;

/// <summary>One documented answer of an operation.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Description">What it means.</param>
/// <param name="Schema">The component schema of the body (<c>Problem</c> and <c>ValidationProblem</c> are problem+json), or null for none.</param>
/// <param name="MediaType">The body's media type when it is not JSON (<c>text/plain</c>, <c>text/html</c>, <c>application/xml</c>), or null.</param>
/// <param name="Headers">Response headers it carries (<c>ETag</c>), <c>name: description</c>, or null.</param>
public sealed record ApiAnswer(int Status, string Description, string? Schema = null, string? MediaType = null, IReadOnlyList<(string Name, string Description)>? Headers = null);
