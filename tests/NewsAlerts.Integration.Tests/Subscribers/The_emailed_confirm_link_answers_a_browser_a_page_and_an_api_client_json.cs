namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using System.Text.Json;
using NewsAlerts.Functions.Http;
using NewsAlerts.Functions.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Session 43: <c>GET /api/sign-ups/{id}/confirm-email</c> (the link in emails already sent) answered every client a 303
/// to the HTML confirm page. A browser still gets it; an API client (JSON, no HTML in <c>Accept</c>) gets 406
/// problem+json naming <c>Accept</c> and saying how to confirm, as the OpenAPI document says. Neither GET confirms.
/// </summary>
public sealed class The_emailed_confirm_link_answers_a_browser_a_page_and_an_api_client_json(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private const string Link = "api/sign-ups/uS7Xz_MY8cGZsdGxGiSBB/confirm-email?token=a%2Bb";
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/problem+json")]
    [InlineData("application/problem+json, application/json;q=0.9")]
    [InlineData("application/json, text/html;q=0")]
    public async Task An_api_client_gets_problem_json_naming_accept(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Link);
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await host.Browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(406, body.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(ConfirmationsFunction.GetAnswersAPage, body.RootElement.GetProperty("errors").GetProperty("Accept")[0].GetString());
    }

    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    [InlineData("application/json, text/html")]
    [InlineData("*/*")]
    [InlineData(null)]
    public async Task A_browser_or_a_client_naming_no_json_is_sent_to_the_confirm_page(string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Link);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await host.Browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/confirm?signUp=uS7Xz_MY8cGZsdGxGiSBB&token=a%2Bb", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/problem+json", true)]
    [InlineData("application/vnd.example+json", true)]
    [InlineData("APPLICATION/JSON; charset=utf-8", true)]
    [InlineData("application/json;q=0", false)]
    [InlineData("application/json, text/html", false)]
    [InlineData("text/html", false)]
    [InlineData("*/*", false)]
    [InlineData("application/*", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("not a media type ,,;", false)]
    public void Json_without_html_is_an_api_client(string? accept, bool json) => Assert.Equal(json, JsonClients.AsksForJson(accept));
}
