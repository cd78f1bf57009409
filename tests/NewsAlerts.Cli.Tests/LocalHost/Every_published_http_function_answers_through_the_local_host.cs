namespace NewsAlerts.Cli.Tests.LocalHost;

using System.IO.Compression;
using System.Net;
using System.Text.Json;
using NewsAlerts.Testing;

public sealed class Every_published_http_function_answers_through_the_local_host(StackFixture fixture, PublishedFunctionApp published)
    : IClassFixture<StackFixture>, IClassFixture<PublishedFunctionApp>, IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public void The_publish_folder_holds_metadata_host_json_and_worker_extensions_and_zips_for_deployment()
    {
        Assert.True(File.Exists(Path.Combine(published.Folder, "functions.metadata")));
        Assert.True(File.Exists(Path.Combine(published.Folder, "host.json")));
        Assert.True(File.Exists(Path.Combine(published.Folder, "NewsAlerts.Functions.dll")));
        Assert.True(File.Exists(Path.Combine(published.Folder, "worker.config.json")));
        Assert.True(File.Exists(Path.Combine(published.Folder, ".azurefunctions", "function.deps.json")));
        Assert.False(File.Exists(Path.Combine(published.Folder, "local.settings.json")));

        var zip = Path.Combine(Path.GetTempPath(), $"newsalerts-{Guid.NewGuid():N}.zip");
        ZipFile.CreateFromDirectory(published.Folder, zip);
        using var archive = ZipFile.OpenRead(zip);
        var entries = archive.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet();
        File.Delete(zip);
        Assert.Contains("functions.metadata", entries);
        Assert.Contains("host.json", entries);
        Assert.Contains(".azurefunctions/function.deps.json", entries);
    }

    [Fact]
    public async Task Each_http_function_in_functions_metadata_answers_on_its_route_and_methods()
    {
        var functions = PublishedHttpFunction.ReadAll(Path.Combine(published.Folder, "functions.metadata"));
        Assert.NotEmpty(functions);
        Assert.Contains(functions, f => f.Name == "Health");

        foreach (var function in functions)
        {
            foreach (var method in function.Methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), function.RouteWith(() => "sample"));
                request.Headers.Add("x-functions-key", TestHost.MasterKey);
                using var response = await host.Client.SendAsync(request);

                Assert.True(
                    response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed) || await IsFunctionAnswerAsync(response, function.Name),
                    $"{function.Name}: {method} /{function.Route} answered {(int)response.StatusCode} through the local host");
            }

            if (!function.IsAnonymous)
            {
                using var anonymous = new HttpRequestMessage(new HttpMethod(function.Methods[0]), function.RouteWith(() => "sample"));
                using var refused = await host.Client.SendAsync(anonymous);
                Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            }
        }
    }

    [Fact]
    public async Task Health_reports_table_storage_and_service_bus_reachable_on_the_local_stack()
    {
        using var response = await host.Client.GetAsync(new Uri("api/health", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dependencies = body.RootElement.GetProperty("dependencies").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.True(dependencies["tableStorage"].GetProperty("reachable").GetBoolean());
        Assert.True(dependencies["serviceBus"].GetProperty("reachable").GetBoolean());
        Assert.True(dependencies["smtp"].GetProperty("reachable").GetBoolean());
        Assert.True(dependencies["twilio"].GetProperty("reachable").GetBoolean());
        Assert.All(dependencies.Values, d => Assert.True(d.GetProperty("elapsedMilliseconds").GetInt64() >= 0));
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Health_answers_503_naming_the_dependency_that_does_not_answer()
    {
        var closed = $"Endpoint=sb://127.0.0.1:{Cli.Stack.Ports.FindFree()};SharedAccessKeyName=k;SharedAccessKey=a2V5;UseDevelopmentEmulator=true;";
        await using var broken = await TestHost.StartAsync(fixture.Stack, new Dictionary<string, string?> { ["ServiceBus:ConnectionString"] = closed });

        using var response = await broken.Client.GetAsync(new Uri("api/health", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unhealthy", body.RootElement.GetProperty("status").GetString());
        var dependencies = body.RootElement.GetProperty("dependencies").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.False(dependencies["serviceBus"].GetProperty("reachable").GetBoolean());
        Assert.True(dependencies["tableStorage"].GetProperty("reachable").GetBoolean());
    }

    [Fact]
    public async Task Health_answers_503_when_the_smtp_relay_does_not_answer_and_liveness_stays_200()
    {
        // Nothing listens on a free port: what the app sees when smtp4dev (or the relay) is stopped.
        var closedPort = Cli.Stack.Ports.FindFree();
        await using var broken = await TestHost.StartAsync(fixture.Stack, new Dictionary<string, string?> { ["Smtp:Port"] = $"{closedPort}" });

        var dependencies = await UnhealthyDependenciesAsync(broken);
        using var live = await broken.Client.GetAsync(new Uri("api/health/live", UriKind.Relative));

        Assert.False(dependencies["smtp"].GetProperty("reachable").GetBoolean());
        Assert.Contains($":{closedPort}", dependencies["smtp"].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(dependencies["twilio"].GetProperty("reachable").GetBoolean());
        Assert.True(dependencies["tableStorage"].GetProperty("reachable").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var liveBody = JsonDocument.Parse(await live.Content.ReadAsStringAsync());
        Assert.Equal("alive", liveBody.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_answers_503_when_the_sms_provider_refuses_our_credentials()
    {
        await using var broken = await TestHost.StartAsync(fixture.Stack, new Dictionary<string, string?> { ["Twilio:AuthToken"] = "not-the-sinks-token" });

        var dependencies = await UnhealthyDependenciesAsync(broken);

        Assert.False(dependencies["twilio"].GetProperty("reachable").GetBoolean());
        Assert.True(dependencies["smtp"].GetProperty("reachable").GetBoolean());
        Assert.DoesNotContain("not-the-sinks-token", dependencies["twilio"].GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, JsonElement>> UnhealthyDependenciesAsync(TestHost host)
    {
        using var response = await host.Client.GetAsync(new Uri("api/health", UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        return body.GetProperty("dependencies").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
    }

    // The router's own 404 and 405 are problem+json too now; a function's answer is any other.
    private static async Task<bool> IsFunctionAnswerAsync(HttpResponseMessage response, string functionName)
    {
        var body = await response.Content.ReadAsStringAsync();
        var fromRouter = response.StatusCode == HttpStatusCode.MethodNotAllowed
            || (response.StatusCode == HttpStatusCode.NotFound && body.Contains("no function answers", StringComparison.Ordinal));
        return !fromRouter || functionName is "RouteNotFound" or "PageNotFound";
    }
}
