namespace NewsAlerts.Cli.Tests.HostileInput;

using System.Net;
using System.Text;
using System.Text.Json;
using NewsAlerts.Cli.Tests.LocalHost;
using NewsAlerts.Functions.Http;
using NewsAlerts.Testing;

/// <summary>
/// Trial s40 #3: <c>POST .../confirm-email</c> with <c>Content-Type: application/json</c> and an empty body answered 400,
/// though its body is optional. Where the body is optional an empty one (or only whitespace), of any content type, is
/// no body; where it is required, none is a 400 saying "body required" naming the body (<c>$</c>).
/// </summary>
public sealed class An_empty_body_is_no_body_where_the_body_is_optional(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("application/json", "")]
    [InlineData("application/json", " \r\n")]
    [InlineData("text/plain", "")]
    [InlineData("application/x-www-form-urlencoded", "")]
    public async Task Confirming_an_email_of_an_unknown_sign_up_with_an_empty_body_is_404_naming_the_sign_up(string contentType, string body)
    {
        using var response = await PostAsync($"api/sign-ups/{StackFixture.UniqueName("s")}/confirm-email?token=abc", contentType, body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True((await ErrorsAsync(response)).TryGetProperty("signUp", out _));
    }

    [Theory]
    [InlineData("application/json", "")]
    [InlineData("application/json", "\n")]
    [InlineData("text/plain", "")]
    public async Task An_empty_body_and_no_token_in_the_query_is_a_missing_token_not_a_missing_body(string contentType, string body)
    {
        using var response = await PostAsync($"api/sign-ups/{StackFixture.UniqueName("s")}/confirm-email", contentType, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await ErrorsAsync(response);
        Assert.Equal(NewsAlerts.Functions.Subscribers.EmailTokenSources.Missing, errors.GetProperty("token")[0].GetString());
        Assert.False(errors.TryGetProperty("$", out _));
    }

    [Theory]
    [InlineData("application/json", "")]
    [InlineData("application/json", "\t")]
    [InlineData("text/plain", "")]
    public async Task Resending_a_sign_ups_confirmations_with_an_empty_body_is_taken(string contentType, string body)
    {
        using var response = await PostAsync($"api/sign-ups/{StackFixture.UniqueName("s")}/resend", contentType, body);

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task A_required_body_left_empty_is_400_saying_body_required(string body)
    {
        foreach (var path in new[] { $"api/sign-ups/{StackFixture.UniqueName("s")}/confirm-sms", "api/subscribers" })
        {
            using var response = await PostAsync(path, "application/json", body);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(JsonBody.BodyRequired, (await ErrorsAsync(response)).GetProperty("$")[0].GetString());
        }
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string contentType, string body)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return await host.Client.PostAsync(path, content);
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("errors").Clone();
    }
}
