namespace NewsAlerts.Cli.Tests.OpenApi;

using Microsoft.OpenApi;
using NewsAlerts.Cli.Tests.LocalHost;
using NewsAlerts.Functions.OpenApi;

/// <summary>
/// The OpenAPI document against the built <c>functions.metadata</c> (what the Functions host in Azure reads; the build
/// copies it next to this test assembly): every HTTP function under <c>api/</c> but the catch-all is in the document with
/// each of its methods, the document has nothing else, and it reads back and validates with Microsoft.OpenApi.
/// </summary>
public sealed class The_openapi_document_lists_every_api_function_and_validates
{
    private static IReadOnlyList<PublishedHttpFunction> ApiFunctions() =>
        [.. PublishedHttpFunction.ReadAll(Path.Combine(AppContext.BaseDirectory, "functions.metadata"))
            .Where(f => f.Route.StartsWith(ApiContract.ApiPrefix, StringComparison.Ordinal) && !ApiContract.NotOperations.Contains(f.Name))];

    private static async Task<OpenApiDocument> ReadBackAsync()
    {
        var json = await OpenApiDocumentFactory.Build(new Uri("https://alerts.example/")).SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1);
        var read = OpenApiDocument.Parse(json, "json");
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, read.Diagnostic?.SpecificationVersion);
        return read.Document!;
    }

    [Fact]
    public async Task Every_api_function_route_and_method_is_an_operation_named_after_the_function()
    {
        var document = await ReadBackAsync();
        var functions = ApiFunctions();

        Assert.Contains(functions, f => f.Name == "PublishArticle");
        foreach (var function in functions)
        {
            var path = OpenApiDocumentFactory.PathOf(function.Route);
            Assert.True(document.Paths.TryGetValue(path, out var item), $"{function.Name}: {path} is not in the document");
            foreach (var method in function.Methods)
            {
                Assert.True(item!.Operations!.TryGetValue(new HttpMethod(method), out var operation), $"{function.Name}: {method} {path} is not in the document");
                Assert.StartsWith(function.Name, operation!.OperationId, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Every_operation_is_a_function_in_the_metadata()
    {
        var document = await ReadBackAsync();
        var served = ApiFunctions().SelectMany(f => f.Methods.Select(m => (OpenApiDocumentFactory.PathOf(f.Route), m))).ToHashSet();

        var documented = document.Paths.SelectMany(p => p.Value.Operations!.Keys.Select(m => (p.Key, m.Method))).ToList();

        Assert.NotEmpty(documented);
        Assert.All(documented, o => Assert.True(served.Contains(o), $"{o.Item2} {o.Key} is documented but no function serves it"));
    }

    [Fact]
    public async Task The_document_validates_and_every_error_is_problem_json_and_function_key_operations_say_so()
    {
        var document = await ReadBackAsync();

        var errors = document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];

        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.Contains(OpenApiDocumentFactory.FunctionKeyScheme, document.Components!.SecuritySchemes!.Keys);
        Assert.Contains(OpenApiDocumentFactory.EditorBearerScheme, document.Components.SecuritySchemes.Keys);
        var keyed = ApiFunctions().Where(f => !f.IsAnonymous).ToList();
        Assert.NotEmpty(keyed);
        foreach (var function in keyed)
        {
            foreach (var method in function.Methods)
            {
                var operation = document.Paths[OpenApiDocumentFactory.PathOf(function.Route)].Operations![new HttpMethod(method)];
                Assert.Contains(operation.Security!, r => r.Keys.Any(k => k.Reference.Id == OpenApiDocumentFactory.FunctionKeyScheme));
            }
        }

        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations!)
            {
                foreach (var (status, response) in operation.Responses!.Where(r => r.Key[0] is '4' or '5'))
                {
                    // Links people follow from an email or SMS (GET) answer a page, readiness its report; everything else a problem.
                    var page = method == HttpMethod.Get && response.Content?.ContainsKey("text/html") == true;
                    var readiness = path == "/api/health" && status == "503";
                    Assert.True(page || readiness || response.Content?.ContainsKey("application/problem+json") == true, $"{method} {path} {status} is not a problem answer");
                }
            }
        }
    }

    [Fact]
    public async Task Json_request_bodies_are_described_by_a_schema_with_properties()
    {
        var document = await ReadBackAsync();

        var article = document.Paths["/api/articles"].Operations![HttpMethod.Post].RequestBody!.Content!["application/json"].Schema!;
        var subscriber = document.Paths["/api/subscribers"].Operations![HttpMethod.Post].RequestBody!.Content!["application/json"].Schema!;

        Assert.Contains("headline", article.Properties!.Keys);
        Assert.Contains("urgency", article.Properties.Keys);
        Assert.Contains("topics", subscriber.Properties!.Keys);
        Assert.Contains("errors", document.Components!.Schemas![ApiSchemas.ValidationProblem].AllOf![1].Properties!.Keys);
    }

    [Fact]
    public async Task Quiet_hours_and_email_frequencies_are_described_as_the_policy_applies_them()
    {
        var document = await ReadBackAsync();

        var preferences = document.Components!.Schemas![ApiSchemas.Preferences].Properties!;
        var quietHours = preferences["quietHours"];
        Assert.Equal(NewsAlerts.Core.Policy.QuietHours.Meaning, quietHours.Description);
        Assert.Equal(NewsAlerts.Core.Policy.QuietHours.FlashThroughMeaning, quietHours.Properties!["flashThrough"].Description);
        Assert.DoesNotContain("no immediate email", quietHours.Description, StringComparison.OrdinalIgnoreCase);
        var frequency = preferences["email"].Properties!["frequency"].Description!;
        Assert.All(Enum.GetNames<NewsAlerts.Core.Policy.EmailFrequency>(), name => Assert.Contains($"`{name.ToLowerInvariant()}`", frequency, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("api/feeds/{id}", "/api/feeds/{id}")]
    [InlineData("api/a/{code:regex(^[a-z]+$)}", "/api/a/{code}")]
    [InlineData("/api/health/", "/api/health")]
    public void Route_constraints_are_dropped_from_paths(string route, string path) => Assert.Equal(path, OpenApiDocumentFactory.PathOf(route));
}
