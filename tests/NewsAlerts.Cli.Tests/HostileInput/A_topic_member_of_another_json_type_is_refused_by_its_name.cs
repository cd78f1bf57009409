namespace NewsAlerts.Cli.Tests.HostileInput;

using System.Net;
using System.Text;
using System.Text.Json;
using NewsAlerts.Cli.Tests.LocalHost;
using NewsAlerts.Testing;

/// <summary>
/// Trial s40 #2: a sign-up whose <c>topics[0].exact</c> was a string, a number or an object was taken (202). Through the
/// local host, each member of a topic object of another JSON type is a 400 problem naming it, and nothing is signed up.
/// </summary>
public sealed class A_topic_member_of_another_json_type_is_refused_by_its_name(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("\"exact\": \"true\"", "topics[0].exact", "must be true or false")]
    [InlineData("\"exact\": 1", "topics[0].exact", "must be true or false")]
    [InlineData("\"exact\": {}", "topics[0].exact", "must be true or false")]
    [InlineData("\"exact\": [true]", "topics[0].exact", "must be true or false")]
    [InlineData("\"language\": 5", "topics[0].language", "")]
    public async Task A_sign_up_with_a_topic_member_of_another_type_gets_400_naming_it(string member, string field, string reason)
    {
        var body = $$"""{"email": "{{StackFixture.UniqueName("x")}}@example.com", "timeZone": "UTC", "topics": [{"text": "Syria", {{member}}}]}""";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await host.Client.PostAsync("api/subscribers", content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        var reasons = problem.RootElement.GetProperty("errors").GetProperty(field).EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains(reasons, r => r!.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_topic_text_of_another_type_is_named_as_the_text()
    {
        using var content = new StringContent("""{"email": "a@example.com", "timeZone": "UTC", "topics": [{"text": 42, "exact": "no"}]}""", Encoding.UTF8, "application/json");

        using var response = await host.Client.PostAsync("api/subscribers", content);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal("must be a string (the topic's query)", errors.GetProperty("topics[0].text")[0].GetString());
        Assert.Equal("must be true or false", errors.GetProperty("topics[0].exact")[0].GetString());
        Assert.False(errors.TryGetProperty("topics[0]", out _));
    }
}
