namespace NewsAlerts.Cli.Tests.LocalHost;

using System.Net;
using NewsAlerts.Testing;

public sealed class Function_keys_guard_non_anonymous_functions(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong-key", HttpStatusCode.Unauthorized)]
    [InlineData(TestHost.DefaultKey, HttpStatusCode.OK)]
    [InlineData(TestHost.EchoKey, HttpStatusCode.OK)]
    [InlineData(TestHost.MasterKey, HttpStatusCode.OK)]
    public async Task Function_level_function_needs_its_key_the_default_key_or_the_master_key(string? key, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/test/echo/42");
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_refused_call_gets_a_problem_json_body()
    {
        using var response = await host.Client.PostAsync(new Uri("api/test/echo/42", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("x-functions-key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_may_come_in_the_code_query_parameter()
    {
        using var response = await host.Client.PostAsync(new Uri($"api/test/echo/7?code={TestHost.DefaultKey}", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"id\":\"7\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestHost.DefaultKey, HttpStatusCode.Unauthorized)]
    [InlineData(TestHost.MasterKey, HttpStatusCode.OK)]
    public async Task Admin_level_function_needs_the_master_key(string key, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/test/admin");
        request.Headers.Add("x-functions-key", key);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_method_the_function_does_not_declare_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/test/echo/42");
        request.Headers.Add("x-functions-key", TestHost.MasterKey);

        using var response = await host.Client.SendAsync(request);

        // "test" is not a first segment the app serves, so RouteNotFound takes the GET (404), as the Functions host would;
        // on the app's own routes a wrong method is a 405 (Malformed_requests_get_problem_answers_and_change_nothing).
        Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, $"{(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
