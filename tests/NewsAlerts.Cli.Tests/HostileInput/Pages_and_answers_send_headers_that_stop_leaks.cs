namespace NewsAlerts.Cli.Tests.HostileInput;

using NewsAlerts.Cli.Tests.LocalHost;
using NewsAlerts.Functions.Http;
using NewsAlerts.Testing;

public sealed class Pages_and_answers_send_headers_that_stop_leaks(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("GET", "api/unsubscribe?token=forged")]
    [InlineData("GET", "api/sign-ups/some-id/confirm-email?token=forged")]
    [InlineData("GET", "api/health")]
    [InlineData("POST", "api/subscribers")]
    [InlineData("GET", "api/no-such-thing")]
    [InlineData("DELETE", "api/health")]
    [InlineData("POST", "api/articles")]
    public async Task Every_answer_forbids_sniffing_and_referrers_and_pages_load_nothing_foreign(string method, string path)
    {
        using var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task The_confirmation_page_keeps_its_same_origin_form_under_the_policy()
    {
        using var response = await host.Client.GetAsync(new Uri("api/sign-ups/some-id/confirm-email?token=t", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<form method=\"post\" action=\"confirm-email?token=t\">", html, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : string.Empty;
}
