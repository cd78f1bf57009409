namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// The 404 page links to the sign-up page; the pages answer <c>HEAD</c> as <c>GET</c> without a body; every page names
/// its icon (served from the assets), so browsers do not ask for <c>/favicon.ico</c>.
/// </summary>
public sealed class Pages_answer_head_link_home_and_carry_an_icon(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_not_found_page_links_to_the_sign_up_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "nope");
        request.Headers.Add("Accept", "text/html");
        using var response = await host.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"<a href=\"/signup?lang=en\">{PageStrings.NotFoundLink}</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("go to /signup", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("signup")]
    [InlineData("signup?embed=1")]
    [InlineData("manage")]
    [InlineData("unsubscribe")]
    [InlineData("confirm?signUp=x")]
    public async Task A_page_answers_head_as_get_without_a_body(string path)
    {
        using var get = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        using var head = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal("text/html", head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Every_page_names_an_icon_that_is_served()
    {
        var html = await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative));
        using var icon = await host.Client.GetAsync(new Uri("assets/favicon.svg", UriKind.Relative));

        Assert.Contains("<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", await icon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
