namespace NewsAlerts.Integration.Tests.OpenApi;

using System.Net;
using System.Text.Json;
using NewsAlerts.Testing;

public sealed class The_api_document_is_served_to_anyone(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Get_api_openapi_json_without_a_key_answers_the_document_with_this_hosts_address()
    {
        using var response = await host.Client.GetAsync(new Uri("api/openapi.json", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("3.1", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal(host.Client.BaseAddress!.AbsoluteUri.TrimEnd('/'), document.RootElement.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/api/articles", out _));
    }
}
