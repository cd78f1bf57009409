namespace NewsAlerts.Cli.LocalHost;

using Microsoft.Azure.Functions.Worker;

/// <summary>An HTTP trigger as declared by <c>[HttpTrigger]</c>.</summary>
/// <param name="Methods">Upper-case HTTP methods; empty means every method.</param>
/// <param name="Route">The route template without the host's prefix (the function name when none is given).</param>
/// <param name="AuthorizationLevel">Which key, if any, a caller must present.</param>
/// <param name="ParameterName">The method parameter that receives the request.</param>
public sealed record HttpTriggerBinding(
    IReadOnlyList<string> Methods, string Route, AuthorizationLevel AuthorizationLevel, string ParameterName);
