namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using NewsAlerts.Testing;

public sealed class Signing_up_validates_every_field(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Bad_fields_come_back_as_problem_json_naming_each_field_and_reason()
    {
        using var response = await host.Client.PostAsync(
            new Uri("api/subscribers", UriKind.Relative),
            Api.Json("""{"email":"not-an-address","phone":"+1 555","timeZone":"Mars/Olympus","topics":["Syria","\"open quote"]}"""));
        var body = await Api.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = body.GetProperty("errors");
        Assert.Contains("email address", errors.GetProperty("email")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("valid phone number", errors.GetProperty("phone")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("IANA", errors.GetProperty("timeZone")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("column 1", errors.GetProperty("topics[1]")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[]", "JSON object")]
    [InlineData("""{"timeZone":"Europe/London","topics":["Syria"]}""", "email address or a phone number is required")]
    [InlineData("""{"email":"a@example.com","timeZone":"Europe/London","topics":[]}""", "at least one topic")]
    public async Task Malformed_or_incomplete_requests_are_refused_with_the_reason(string json, string reason)
    {
        using var response = await host.Client.PostAsync(new Uri("api/subscribers", UriKind.Relative), Api.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var huge = new string('x', 1_100_000);
        using var response = await host.Client.PostAsync(new Uri("api/subscribers", UriKind.Relative), Api.Json($$"""{"email":"{{huge}}"}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_valid_sign_up_is_stored_pending_and_readable_only_with_its_manage_token()
    {
        using var created = await host.Client.PostAsync(
            new Uri("api/subscribers", UriKind.Relative),
            Api.Json("""{"email":"Reader@Example.COM","phone":"+44 7400 123456","timeZone":"Europe/London","topics":["Syria",{"text":"ceasefire","exact":true}]}"""));
        var body = await Api.BodyAsync(created);
        Assert.True(created.StatusCode == HttpStatusCode.Created, body.ToString());
        var id = body.GetProperty("subscriber").GetProperty("id").GetString();
        var token = body.GetProperty("manageToken").GetString();

        using var withToken = await host.Client.GetAsync(new Uri($"api/subscribers/{id}?token={token}", UriKind.Relative));
        using var withoutToken = await host.Client.GetAsync(new Uri($"api/subscribers/{id}", UriKind.Relative));
        using var forged = await host.Client.GetAsync(new Uri($"api/subscribers/{id}?token={token}x", UriKind.Relative));
        var read = await Api.BodyAsync(withToken);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal("Reader@example.com", read.GetProperty("email").GetString());
        Assert.Equal("+447400123456", read.GetProperty("phone").GetString());
        Assert.Equal("Pending", read.GetProperty("emailStatus").GetString());
        Assert.Equal("Pending", read.GetProperty("smsStatus").GetString());
        Assert.Equal(2, read.GetProperty("smsMaxUrgency").GetInt32());
        Assert.True(read.GetProperty("topics")[1].GetProperty("exact").GetBoolean());
    }

    [Fact]
    public async Task Topics_can_be_replaced_and_deleting_erases_the_subscriber()
    {
        using var created = await host.Client.PostAsync(
            new Uri("api/subscribers", UriKind.Relative), Api.Json("""{"email":"a@example.com","timeZone":"UTC","topics":["Syria"]}"""));
        var body = await Api.BodyAsync(created);
        var id = body.GetProperty("subscriber").GetProperty("id").GetString();
        var token = body.GetProperty("manageToken").GetString();

        using var badTopics = await host.Client.PutAsync(new Uri($"api/subscribers/{id}/topics?token={token}", UriKind.Relative), Api.Json("""{"topics":["(Syria"]}"""));
        using var replaced = await host.Client.PutAsync(new Uri($"api/subscribers/{id}/topics?token={token}", UriKind.Relative), Api.Json("""{"topics":["Aleppo","truce"]}"""));
        using var deleted = await host.Client.DeleteAsync(new Uri($"api/subscribers/{id}?token={token}", UriKind.Relative));
        using var after = await host.Client.GetAsync(new Uri($"api/subscribers/{id}?token={token}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, badTopics.StatusCode);
        Assert.Contains("topics[0]", await badTopics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Aleppo", "truce"], (await Api.BodyAsync(replaced)).GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }
}
