namespace NewsAlerts.Cli.Tests.HostileInput;

using NewsAlerts.Cli.Tests.LocalHost;
using NewsAlerts.Functions.Http;
using NewsAlerts.Pages.Forms;
using NewsAlerts.Testing;

public sealed class Pages_and_answers_send_headers_that_stop_leaks(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
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

    [Theory]
    [InlineData("api/unsubscribe?token=forged")]
    [InlineData("api/sign-ups/some-id/confirm-email?token=forged")]
    [InlineData("confirm?signUp=some-id&token=forged")]
    [InlineData("unsubscribe?token=forged")]
    [InlineData("manage?token=forged")]
    [InlineData("signup")]
    public async Task Pages_forbid_sniffing_referrers_caching_and_framing_and_load_only_their_own_assets(string path)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("no-store", Header(response, "Cache-Control"));
        Assert.Equal(ContentSecurity.For([]), Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task The_confirmation_page_posts_its_token_in_a_hidden_field_to_the_same_origin()
    {
        using var response = await host.Client.GetAsync(new Uri("api/sign-ups/some-id/confirm-email?token=t", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<form method=\"post\" action=\"/confirm\">", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"token\" value=\"t\"", html, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : string.Empty;
}
