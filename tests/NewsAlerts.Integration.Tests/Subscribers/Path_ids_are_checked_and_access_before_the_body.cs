namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Cli.LocalHost;
using NewsAlerts.Functions.Http;
using NewsAlerts.Functions.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Trial r37 #9, #10: <c>POST /api/sign-ups/%00/resend</c> got a bare 400, and <c>resend</c> echoed any id back, 5,000
/// characters of it. Every route of the Function App with an id in its path (found in the catalog, not listed by hand)
/// answers an id of no id's form 400 problem+json naming the path parameter, without the id. Trial r37 #11: <c>PATCH
/// /api/subscribers/{id}</c> without a token named the body's faults (400) before refusing access; every route that
/// takes a manage token refuses a request without one (403) whatever its body.
/// </summary>
public sealed class Path_ids_are_checked_and_access_before_the_body(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    // Escaped as they go on the request line: over-long, a control character, bytes that are not UTF-8, an emoji, a space.
    public static TheoryData<string> NotIds => [new string('a', 5000), "%01", "%FF%FE", "%F0%9F%98%80", "a%20b", "a.b"];

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [MemberData(nameof(NotIds))]
    public async Task Every_route_with_an_id_names_the_path_parameter_of_an_id_that_is_none(string escaped)
    {
        var routes = IdRoutes().ToList();
        Assert.True(routes.Count >= 15, $"only {routes.Count} routes with an id found");
        var wrong = new List<string>();
        foreach (var (method, route, parameter, key) in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), route.Replace("{" + parameter + "}", escaped, StringComparison.Ordinal));
            if (key)
            {
                request.Headers.Add(FunctionKeyAuthorizer.KeyHeader, TestFunctionHost.DefaultKey);
            }

            if (method is "POST" or "PATCH" or "PUT")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }

            using var response = await host.Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var names = response.Content.Headers.ContentType?.MediaType == Problems.MediaType
                && JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors) && errors.TryGetProperty(parameter, out _);
            if (response.StatusCode != HttpStatusCode.BadRequest || !names || body.Contains(Uri.UnescapeDataString(escaped), StringComparison.Ordinal))
            {
                wrong.Add($"{method} {route}: {(int)response.StatusCode} {response.Content.Headers.ContentType} {body[..Math.Min(body.Length, 200)]}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task A_well_formed_unknown_sign_up_id_is_still_answered_as_before()
    {
        using var response = await host.Client.PostAsync("api/sign-ups/uNoSuchIdAtAll0000000000/resend", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains("uNoSuchIdAtAll0000000000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"pause":"forever","timeZone":"Mars/Base"}""")]
    [InlineData("""{"topics":"not a list","extra":1}""")]
    [InlineData("not json at all")]
    public async Task Every_route_that_takes_a_manage_token_refuses_a_request_without_one_before_reading_its_body(string body)
    {
        var routes = IdRoutes().Where(r => r.Route.StartsWith("api/subscribers/", StringComparison.Ordinal)).ToList();
        Assert.True(routes.Count >= 6, $"only {routes.Count} subscriber routes found");
        var wrong = new List<string>();
        foreach (var (method, route, parameter, _) in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), route.Replace("{" + parameter + "}", "01JZZZZZZZZZZZZZZZZZZZZZZZ", StringComparison.Ordinal));
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            using var response = await host.Client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                wrong.Add($"{method} {route}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.Empty(wrong);
    }

    // Each method of each HTTP function whose route has an id parameter that RouteIds checks, and whether it needs a key.
    private static IEnumerable<(string Method, string Route, string Parameter, bool Key)> IdRoutes() =>
        from function in FunctionCatalog.Discover(typeof(SubscribersFunction).Assembly).Functions
        where function.Http is not null
        let parameter = RouteIds.Names.FirstOrDefault(n => function.Http!.Route.Contains("{" + n + "}", StringComparison.Ordinal))
        where parameter is not null
        from method in function.Http!.Methods
        select (method, function.Http!.Route, parameter!, function.Http!.AuthorizationLevel != AuthorizationLevel.Anonymous);
}
