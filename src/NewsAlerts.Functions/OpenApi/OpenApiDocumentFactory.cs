namespace NewsAlerts.Functions.OpenApi;

using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using NewsAlerts.Functions.Editors;

/// <summary>
/// Builds the OpenAPI 3.1 document of the JSON API from <see cref="ApiContract"/> and <see cref="ApiSchemas"/> with
/// Microsoft.OpenApi: one path per route (<c>/api/...</c>, route constraints dropped), one operation per method, path and
/// query parameters, JSON (or form, XML) request bodies, answers with problem+json for errors, and the security schemes
/// (function key header, editor bearer token or session cookie, subscriber manage token).
/// </summary>
public static partial class OpenApiDocumentFactory
{
    /// <summary>The function key scheme (header <c>x-functions-key</c>).</summary>
    public const string FunctionKeyScheme = "functionKey";

    /// <summary>The editor's Entra ID access token scheme.</summary>
    public const string EditorBearerScheme = "editorBearer";

    /// <summary>The editor's browser session cookie scheme (sign-in with Microsoft, or the development sign-in locally).</summary>
    public const string EditorSessionScheme = "editorSession";

    /// <summary>The subscriber's manage token scheme.</summary>
    public const string ManageTokenScheme = "manageToken";

    /// <summary>The document, with <paramref name="server"/> (the app's public base URL) as its server when given.</summary>
    public static OpenApiDocument Build(Uri? server)
    {
        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo
            {
                Title = "NewsAlerts API",
                Version = "1",
                Description = "News alerts by email and SMS: publish articles, manage feeds, sign up and manage subscribers. Errors are RFC 9457 problem+json naming the field.",
            },
            Paths = [],
        };
        if (server is not null)
        {
            document.Servers = [new OpenApiServer { Url = server.AbsoluteUri.TrimEnd('/') }];
        }

        ApiSchemas.Register(document);
        document.Components!.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
        {
            [FunctionKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "x-functions-key",
                Description = "The Function App's function key (CMS integrations); the `code` query parameter works too.",
            },
            [EditorBearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
                Description = $"A Microsoft Entra ID access token for the app registration holding the app role `{EditorOptions.Role}`.",
            },
            [EditorSessionScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = EditorSessions.CookieName,
                Description = "The editor's session cookie, set by `/editor/sign-in`: the sign-in with Microsoft, or the development sign-in (local only).",
            },
            [ManageTokenScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer",
                Description = "A subscriber's manage token (from confirmation); `?token=` works too.",
            },
        };
        document.Tags = new HashSet<OpenApiTag>(ApiContract.Operations.Select(o => o.Tag).Distinct().Select(t => new OpenApiTag { Name = t }));

        var duplicated = ApiContract.Operations.GroupBy(o => o.Function).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var route in ApiContract.Operations.GroupBy(o => PathOf(o.Route)))
        {
            var item = new OpenApiPathItem { Operations = [] };
            foreach (var operation in route)
            {
                item.Operations[new HttpMethod(operation.Method)] = Operation(document, operation, duplicated.Contains(operation.Function));
            }

            document.Paths[route.Key] = item;
        }

        return document;
    }

    /// <summary>The document's path of a function route: a leading slash, route constraints (<c>{id:int}</c>) reduced to the name.</summary>
    public static string PathOf(string route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return "/" + RouteParameter().Replace(route.Trim('/'), m => $"{{{m.Groups["name"].Value}}}");
    }

    private static OpenApiOperation Operation(OpenApiDocument document, ApiOperation contract, bool sharedName)
    {
        var operation = new OpenApiOperation
        {
            OperationId = sharedName ? $"{contract.Function}{char.ToUpperInvariant(contract.Method[0])}{contract.Method[1..].ToLowerInvariant()}" : contract.Function,
            Summary = contract.Summary,
            Tags = new HashSet<OpenApiTagReference> { new(contract.Tag, document) },
            Parameters = [.. Parameters(contract)],
            Responses = [],
            Security = [.. Security(document, contract.Security)],
        };
        if (contract.Request is not null || contract.RequestMediaType is not null)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = !contract.RequestOptional,
                Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal)
                {
                    [contract.RequestMediaType ?? "application/json"] = new OpenApiMediaType
                    {
                        Schema = contract.Request is null ? new OpenApiSchema { Type = JsonSchemaType.String } : new OpenApiSchemaReference(contract.Request, document),
                    },
                },
            };
        }

        foreach (var answer in contract.Answers)
        {
            var response = new OpenApiResponse { Description = answer.Description };
            if (answer.Schema is not null || answer.MediaType is not null)
            {
                var mediaType = answer.MediaType ?? (answer.Schema is ApiSchemas.Problem or ApiSchemas.ValidationProblem ? "application/problem+json" : "application/json");
                response.Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal)
                {
                    [mediaType] = new OpenApiMediaType { Schema = answer.Schema is null ? new OpenApiSchema { Type = JsonSchemaType.String } : new OpenApiSchemaReference(answer.Schema, document) },
                };
            }

            if (answer.Headers is { Count: > 0 } headers)
            {
                response.Headers = headers.ToDictionary(
                    h => h.Name, IOpenApiHeader (h) => new OpenApiHeader { Description = h.Description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } }, StringComparer.Ordinal);
            }

            operation.Responses[$"{answer.Status}"] = response;
        }

        operation.Responses["500"] = new OpenApiResponse
        {
            Description = "Never on purpose: an unexpected failure, as a problem.",
            Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ApiSchemas.Problem, document) },
            },
        };
        return operation;
    }

    private static IEnumerable<IOpenApiParameter> Parameters(ApiOperation contract)
    {
        foreach (Match match in RouteParameter().Matches(contract.Route))
        {
            yield return new OpenApiParameter
            {
                Name = match.Groups["name"].Value, In = ParameterLocation.Path, Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }

        foreach (var (name, description) in contract.Query ?? [])
        {
            yield return new OpenApiParameter
            {
                Name = name, In = ParameterLocation.Query, Description = description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }

        foreach (var (name, description) in contract.Headers ?? [])
        {
            yield return new OpenApiParameter
            {
                Name = name, In = ParameterLocation.Header, Description = description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
    }

    private static IEnumerable<OpenApiSecurityRequirement> Security(OpenApiDocument document, ApiSecurity security)
    {
        OpenApiSecurityRequirement One(string scheme) => new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };
        return security switch
        {
            ApiSecurity.FunctionKey => [One(FunctionKeyScheme)],
            ApiSecurity.ManageToken => [One(ManageTokenScheme)],
            ApiSecurity.Editor => [One(EditorBearerScheme), One(EditorSessionScheme)],
            _ => [],
        };
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<constraint>:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
