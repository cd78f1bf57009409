namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// sub16b: the resend APIs sent every pending channel again. An optional <c>{"channel": "email" | "sms"}</c> sends that
/// one only (the other's link or code keeps working); any other value is 400 problem+json naming <c>channel</c>.
/// </summary>
public sealed class The_resend_apis_take_an_optional_channel(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private Cli.Stack.SmsSinkInbox sink = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(fixture.Stack);
        sink = new Cli.Stack.SmsSinkInbox(fixture.Stack.SmsSink);
    }

    public async Task DisposeAsync()
    {
        sink.Dispose();
        await host.DisposeAsync();
    }

    [Theory]
    [InlineData("api/sign-ups/x/resend", """{"channel":"fax"}""")]
    [InlineData("api/sign-ups/x/resend", """{"channel":1}""")]
    [InlineData("api/sign-ups/x/resend", """{"channel":"EMAIL"}""")]
    public async Task Another_channel_is_refused_naming_channel(string path, string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var answer = await host.Client.PostAsync(new Uri(path, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("channel", out _));
    }

    // The cases Every_api_body_refuses_an_unknown_member had before the resend bodies took a channel: a body that is not
    // an object is refused naming $, and an unknown member naming itself.
    [Theory]
    [InlineData("api/sign-ups/x/resend", "1", "$")]
    [InlineData("api/sign-ups/x/resend", """{"Extra":1}""", "Extra")]
    public async Task A_body_not_an_object_or_with_another_member_is_refused_naming_it(string path, string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var answer = await host.Client.PostAsync(new Uri(path, UriKind.Relative), content);

        var text = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{(int)answer.StatusCode} {text}");
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
    }

    [Fact]
    public async Task The_email_channel_alone_sends_no_new_code_and_the_first_code_still_confirms()
    {
        var signUps = host.Services.GetRequiredService<SignUpService>();
        var phone = TestPhones.NewValid();
        var started = await signUps.SignUpAsync(
            new SubscriberRequest($"channel-{Guid.NewGuid():N}@example.com", phone, "UTC", [("Syria", false)], 2), CancellationToken.None);

        using (var content = new StringContent("""{"channel":"email"}""", System.Text.Encoding.UTF8, "application/json"))
        using (var answer = await host.Client.PostAsync(new Uri($"api/sign-ups/{started.SignUp.Id}/resend", UriKind.Relative), content))
        {
            Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        }

        Assert.Empty(await sink.MessagesToAsync(phone, CancellationToken.None)); // the texts were sent before the answer
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmSmsAsync(started.SignUp.Id, started.SmsCode, CancellationToken.None)).Kind);
    }
}
