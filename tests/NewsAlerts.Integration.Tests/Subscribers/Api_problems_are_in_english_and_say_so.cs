namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using NewsAlerts.Testing;

/// <summary>
/// Session 42 (trial r41 #13): <c>POST /api/subscribers</c> with <c>Accept-Language: fr</c> answered
/// <c>"timeZone: is required"</c>. Decided: an API's problem+json is for the developer calling it, in English whatever the
/// <c>Accept-Language</c> (its reasons are the validators' sentences, which a client may match on; the pages translate
/// them for people), and it says so with <c>Content-Language: en</c> (RFC 9110 §8.5); field names stay as they are.
/// </summary>
public sealed class Api_problems_are_in_english_and_say_so(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_sign_up_without_a_time_zone_asked_in_french_is_answered_in_english()
    {
        var (status, languages, body) = await SendAsync("POST", "api/subscribers", """{"email":"fr42@example.com","topics":["Syrie"]}""", "fr");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["en"], languages);
        Assert.Contains("timeZone: is required", body, StringComparison.Ordinal);
    }

    // Other problems an API client meets: a route no function serves, a wrong method, an unknown sign-up, a forbidden
    // token, a body that is not JSON. Each is English and says so, whatever language was asked for.
    [Theory]
    [InlineData("GET", "api/no-such-thing", null, "de")]
    [InlineData("POST", "api/sign-ups/uNoSuchSignUp00000000/confirm-sms", """{"code":"123456"}""", "ar")]
    [InlineData("POST", "api/sign-ups/uNoSuchSignUp00000000/confirm-sms", """{"code":"12"}""", "es")]
    [InlineData("GET", "api/subscribers/sNoSuch?token=forged", null, "it")]
    [InlineData("POST", "api/subscribers", "{not json", "nl")]
    public async Task Every_problem_says_it_is_english(string method, string path, string? body, string language)
    {
        var (status, languages, _) = await SendAsync(method, path, body, language);

        Assert.True((int)status is >= 400 and < 500, $"{method} {path}: {status}");
        Assert.Equal(["en"], languages);
    }

    private async Task<(HttpStatusCode Status, IReadOnlyList<string> Languages, string Body)> SendAsync(string method, string path, string? body, string language)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(language);
        if (body is not null)
        {
            request.Content = Api.Json(body);
        }

        using var response = await host.Client.SendAsync(request);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Api.AssertFieldProblemHasErrors(text);
        return (response.StatusCode, [.. response.Content.Headers.ContentLanguage], text);
    }
}
