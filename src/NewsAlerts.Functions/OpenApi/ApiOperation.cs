namespace NewsAlerts.Functions.OpenApi;

/// <summary>One HTTP function's contract: what <see cref="ApiContract"/> lists and the document is built from.</summary>
/// <param name="Function">The function's name (<c>[Function]</c>), the operation id.</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Route">The route as in <c>functions.metadata</c>, without a leading slash (<c>api/feeds/{id}</c>).</param>
/// <param name="Tag">The group it is listed under.</param>
/// <param name="Summary">One line saying what it does.</param>
/// <param name="Security">What it asks of the caller.</param>
/// <param name="Request">The component schema of the JSON request body, or null for none.</param>
/// <param name="Answers">The answers, each with its status and body.</param>
/// <param name="RequestMediaType">The request body's media type when it is not JSON (Twilio's form posts, WebSub's feed XML), or null.</param>
/// <param name="Query">Query parameters, <c>name: description</c>.</param>
/// <param name="Headers">Request header parameters (<c>If-Match</c>), <c>name: description</c>.</param>
/// <param name="RequestOptional">Whether the request body may be left out (the resend APIs' <c>{"channel": ...}</c>).</param>
public sealed record ApiOperation(
    string Function,
    string Method,
    string Route,
    string Tag,
    string Summary,
    ApiSecurity Security,
    string? Request,
    IReadOnlyList<ApiAnswer> Answers,
    string? RequestMediaType = null,
    IReadOnlyList<(string Name, string Description)>? Query = null,
    IReadOnlyList<(string Name, string Description)>? Headers = null,
    bool RequestOptional = false);
