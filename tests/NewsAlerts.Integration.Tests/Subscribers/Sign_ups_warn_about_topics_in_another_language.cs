namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

public sealed class Sign_ups_warn_about_topics_in_another_language(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_Han_topic_of_an_English_subscriber_is_accepted_with_a_warning_naming_it()
    {
        using var created = await host.Client.PostAsync(
            new Uri("api/subscribers", UriKind.Relative),
            Api.Json($$"""{"email":"lang-{{Guid.NewGuid():N}}@example.com","timeZone":"UTC","topics":["Syria","快乐"]}"""));
        var body = await Api.BodyAsync(created);

        Assert.True(created.StatusCode == HttpStatusCode.Accepted, body.ToString());
        var warning = Assert.Single(body.GetProperty("warnings").EnumerateArray());
        Assert.Equal("快乐", warning.GetProperty("topic").GetString());
        Assert.Equal("written in Han characters, so matched as zh, not en", warning.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_malformed_language_is_refused_naming_the_field()
    {
        using var response = await host.Client.PostAsync(
            new Uri("api/subscribers", UriKind.Relative),
            Api.Json("""{"email":"lang@example.com","timeZone":"UTC","language":"en_GB","topics":[{"text":"Syrie","language":"fr-"}]}"""));
        var body = await Api.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var fields = body.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["language", "topics[0].language"], fields);
    }
}
