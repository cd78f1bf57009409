namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Trial s43 #4: some problem+json answers named their field only in <c>detail</c>, with no <c>errors</c> member:
/// <c>?dryRun=maybe</c> (400), a wrong manage token (403), a stale version (409), <c>GET /api/a/ZZZZZZZZ</c> (404) and a
/// manage resend with nothing pending (409). One rule now: a problem about a field carries <c>errors: {field: [reason]}</c>
/// whatever its status (<see cref="Api.AssertFieldProblemHasErrors"/>, which the other problem tests apply too).
/// </summary>
public sealed class Every_problem_about_a_field_names_it_under_errors(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Theory]
    [InlineData("POST", "api/articles?dryRun=maybe&code=" + TestFunctionHost.DefaultKey, HttpStatusCode.BadRequest, "dryRun")]
    [InlineData("GET", "api/subscribers/sNoSuch?token=forged", HttpStatusCode.Forbidden, "token")]
    [InlineData("PATCH", "api/subscribers/sNoSuch?token=forged", HttpStatusCode.Forbidden, "token")]
    [InlineData("GET", "api/a/ZZZZZZZZ", HttpStatusCode.NotFound, "code")]
    [InlineData("POST", "api/sign-ups/uNoSuchSignUp00000000/confirm-sms", HttpStatusCode.NotFound, "signUp")]
    [InlineData("POST", "api/sign-ups/uNoSuchSignUp00000000/confirm-email", HttpStatusCode.NotFound, "signUp")]
    [InlineData("POST", "api/unsubscribe?token=forged", HttpStatusCode.Forbidden, "token")]
    public async Task A_refusal_of_a_field_names_it_under_errors(string method, string path, HttpStatusCode status, string field)
    {
        var body = method == "POST" && path.StartsWith("api/articles", StringComparison.Ordinal) ? Editor.SampleArticle("urn:s43:dry")
            : path.Contains("confirm-sms", StringComparison.Ordinal) ? """{"code":"123456"}"""
            : path.Contains("confirm-email", StringComparison.Ordinal) ? """{"token":"forged"}"""
            : method == "PATCH" ? """{"timeZone":"UTC"}""" : null;

        var text = await SendAsync(method, path, body, status);

        Assert.Equal(field, Assert.Single(FieldsOf(text)));
    }

    [Fact]
    public async Task A_stale_version_names_version_under_errors()
    {
        var uri = $"urn:s43:stale-{Guid.NewGuid():N}";
        await SendAsync("POST", "api/articles?code=" + TestFunctionHost.DefaultKey, Editor.SampleArticle(uri, version: 2), HttpStatusCode.OK);

        var text = await SendAsync("POST", "api/articles?code=" + TestFunctionHost.DefaultKey, Editor.SampleArticle(uri, version: 1), HttpStatusCode.Conflict);

        Assert.Equal("version", Assert.Single(FieldsOf(text)));
    }

    [Fact]
    public async Task A_manage_resend_with_nothing_pending_names_pending_under_errors()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var subscriber = new Subscriber(
            $"s{tag}", $"done-{tag}@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "Syria", false)],
            Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UtcNow);
        await host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        var token = host.Services.GetRequiredService<TokenSigner>().Issue(TokenPurpose.Manage, subscriber.Id, TimeSpan.FromHours(1));

        var text = await SendAsync("POST", $"api/subscribers/{subscriber.Id}/resend?token={Uri.EscapeDataString(token)}", null, HttpStatusCode.Conflict);

        Assert.Equal("pending", Assert.Single(FieldsOf(text)));
    }

    private static IReadOnlyList<string> FieldsOf(string problem) =>
        [.. System.Text.Json.JsonDocument.Parse(problem).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name)];

    private async Task<string> SendAsync(string method, string path, string? body, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = Api.Json(body);
        }

        request.Headers.Add("X-Forwarded-For", $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}::1");
        using var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{method} {path}: {(int)response.StatusCode} {text}");
        if ((int)status >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Api.AssertFieldProblemHasErrors(text);
        }

        return text;
    }
}
