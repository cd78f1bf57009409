namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using System.Text.Json;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

public sealed class Topic_and_language_changes_warn_as_sign_ups_do(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Replacing_topics_answers_with_the_warnings_of_the_new_topics()
    {
        var signUp = await SignUps.ConfirmedAsync(host, new SubscriberRequest(null, "+447400123461", "UTC", [("Syria", false)], 2));

        using var replaced = await SendAsync(HttpMethod.Put, $"api/subscribers/{signUp.Subscriber.Id}/topics", """{"topics":["Syria","快乐"]}""", signUp.ManageToken);
        var body = await Api.BodyAsync(replaced);
        using var plain = await SendAsync(HttpMethod.Put, $"api/subscribers/{signUp.Subscriber.Id}/topics", """{"topics":["Syria"]}""", signUp.ManageToken);
        var plainBody = await Api.BodyAsync(plain);

        Assert.True(replaced.StatusCode == HttpStatusCode.OK, body.ToString());
        var warning = Assert.Single(body.GetProperty("warnings").EnumerateArray());
        Assert.Equal("快乐", warning.GetProperty("topic").GetString());
        Assert.Equal("written in Han characters, so matched as zh, not en", warning.GetProperty("reason").GetString());
        Assert.Equal(2, body.GetProperty("topics").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False(plainBody.TryGetProperty("warnings", out _), plainBody.ToString());
    }

    [Fact]
    public async Task Changing_the_language_answers_with_the_warnings_of_the_topics_in_the_new_language()
    {
        var signUp = await SignUps.ConfirmedAsync(host, new SubscriberRequest(null, "+447400123462", "UTC", [("快乐", false)], 2, Language: "zh"));

        using var timeZone = await SendAsync(HttpMethod.Patch, $"api/subscribers/{signUp.Subscriber.Id}", """{"timeZone":"Asia/Tokyo"}""", signUp.ManageToken);
        var timeZoneBody = await Api.BodyAsync(timeZone);
        using var changed = await SendAsync(HttpMethod.Patch, $"api/subscribers/{signUp.Subscriber.Id}", """{"language":"en"}""", signUp.ManageToken);
        var body = await Api.BodyAsync(changed);

        Assert.Equal(HttpStatusCode.OK, timeZone.StatusCode);
        Assert.False(timeZoneBody.TryGetProperty("warnings", out _), timeZoneBody.ToString());
        Assert.True(changed.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("en", body.GetProperty("language").GetString());
        var warning = Assert.Single(body.GetProperty("warnings").EnumerateArray());
        Assert.Equal("快乐", warning.GetProperty("topic").GetString());
        Assert.Equal("written in Han characters, so matched as zh, not en", warning.GetProperty("reason").GetString());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string json, string token)
    {
        using var request = new HttpRequestMessage(method, path) { Content = Api.Json(json) };
        request.Headers.Authorization = new("Bearer", token);
        return await host.Client.SendAsync(request);
    }
}
