namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

public sealed class Subscribers_choose_how_often_when_and_how_much_they_hear(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly TextablePhones Phones = new(["GB"]);
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Preferences_given_at_sign_up_are_stored_and_shown()
    {
        var signUp = await SignUpAsync("""
            {"quietHours": {"start": "22:00", "end": "07:00", "flashThrough": true}, "caps": {"sms": 3},
             "email": {"frequency": "weekly", "at": "18:30", "weekday": "friday"}, "topics": {"t2": {"email": {"frequency": "immediate"}}}}
            """);

        var preferences = await ReadPreferencesAsync(signUp);
        var stored = await host.Services.GetRequiredService<ISubscriberStore>().GetAsync(signUp.Subscriber.Id, CancellationToken.None);

        Assert.Equal("weekly", preferences.GetProperty("email").GetProperty("frequency").GetString());
        Assert.Equal("18:30", preferences.GetProperty("email").GetProperty("at").GetString());
        Assert.Equal("friday", preferences.GetProperty("email").GetProperty("weekday").GetString());
        Assert.True(preferences.GetProperty("quietHours").GetProperty("flashThrough").GetBoolean());
        Assert.Equal(3, preferences.GetProperty("caps").GetProperty("sms").GetInt32());
        Assert.Equal("immediate", preferences.GetProperty("topics").GetProperty("t2").GetProperty("email").GetProperty("frequency").GetString());
        Assert.Equal(new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), true), stored!.Preferences!.QuietHours);
    }

    [Fact]
    public async Task A_subscriber_who_chose_nothing_is_shown_the_defaults()
    {
        var signUp = await SignUpAsync(preferences: null);

        var preferences = await ReadPreferencesAsync(signUp);

        Assert.Equal("daily", preferences.GetProperty("email").GetProperty("frequency").GetString());
        Assert.Equal("07:00", preferences.GetProperty("email").GetProperty("at").GetString());
        Assert.Equal(JsonValueKind.Null, preferences.GetProperty("quietHours").ValueKind);
    }

    [Fact]
    public async Task A_patch_merges_onto_the_current_preferences_and_is_kept()
    {
        var signUp = await SignUpAsync("""{"quietHours": {"start": "22:00", "end": "07:00"}, "caps": {"email": 10, "sms": 3}}""");

        using var changed = await PatchAsync(signUp, """{"preferences": {"email": {"frequency": "hourly"}, "caps": {"sms": null}, "topics": {"t1": {"smsMaxUrgency": 4}}}}""");
        var preferences = await ReadPreferencesAsync(signUp);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("hourly", preferences.GetProperty("email").GetProperty("frequency").GetString());
        Assert.Equal("22:00", preferences.GetProperty("quietHours").GetProperty("start").GetString());
        Assert.Equal(10, preferences.GetProperty("caps").GetProperty("email").GetInt32());
        Assert.Equal(JsonValueKind.Null, preferences.GetProperty("caps").GetProperty("sms").ValueKind);
        Assert.Equal(4, preferences.GetProperty("topics").GetProperty("t1").GetProperty("smsMaxUrgency").GetInt32());
    }

    [Theory]
    [InlineData("""{"preferences": {"quietHours": {"start": "24:00", "end": "07:00"}}}""", "preferences.quietHours.start")]
    [InlineData("""{"preferences": {"email": {"frequency": "monthly"}}}""", "preferences.email.frequency")]
    [InlineData("""{"preferences": {"caps": {"sms": -1}}}""", "preferences.caps.sms")]
    [InlineData("""{"preferences": {"topics": {"t9": {"smsMaxUrgency": 1}}}}""", "preferences.topics.t9")]
    [InlineData("""{"smsMaxUrgency": 4, "preferences": {"topics": {"t3": {}}}}""", "preferences.topics.t3")]
    public async Task A_bad_preference_is_refused_naming_its_field_and_changes_nothing(string json, string field)
    {
        var signUp = await SignUpAsync("""{"caps": {"sms": 3}}""");

        using var refused = await PatchAsync(signUp, json);
        var body = await Api.BodyAsync(refused);
        var stored = await host.Services.GetRequiredService<ISubscriberStore>().GetAsync(signUp.Subscriber.Id, CancellationToken.None);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
        Assert.Equal(new DailyCaps(null, 3), stored!.Preferences!.Caps);
        Assert.Equal(2, stored.SmsMaxUrgency);
    }

    [Fact]
    public async Task A_bad_preference_at_sign_up_is_refused_naming_its_field()
    {
        using var response = await host.Client.PostAsync(
            new Uri("api/subscribers", UriKind.Relative),
            Api.Json("""{"email": "x@example.org", "timeZone": "Europe/London", "topics": ["Syria"], "preferences": {"quietHours": {"start": "late", "end": "07:00"}}}"""));
        var body = await Api.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty("preferences.quietHours.start", out _), body.ToString());
    }

    [Fact]
    public async Task Replacing_topics_keeps_the_overrides_of_topics_that_stayed_in_place()
    {
        var signUp = await SignUpAsync("""{"topics": {"t1": {"smsMaxUrgency": 4}, "t2": {"smsMaxUrgency": 1}}}""");

        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/subscribers/{signUp.Subscriber.Id}/topics") { Content = Api.Json("""{"topics": ["Syria", "drought"]}""") };
        request.Headers.Authorization = new("Bearer", signUp.ManageToken);
        using var replaced = await host.Client.SendAsync(request);
        var topics = (await ReadPreferencesAsync(signUp)).GetProperty("topics");

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(4, topics.GetProperty("t1").GetProperty("smsMaxUrgency").GetInt32());
        Assert.False(topics.TryGetProperty("t2", out _));
    }

    // The sign-up request goes through the same parser as POST /api/subscribers; confirmation through the sign-up service.
    private async Task<ConfirmedSignUp> SignUpAsync(string? preferences)
    {
        var json = $$"""{"email": "p{{Guid.NewGuid():N}}@example.org", "timeZone": "Europe/London", "topics": ["Syria", "ceasefire"]{{(preferences is null ? "" : $", \"preferences\": {preferences}")}}}""";
        using var document = JsonDocument.Parse(json);
        var parsed = SubscriberRequestParser.ParseSignUp(document.RootElement, Phones);
        Assert.Empty(parsed.Errors);
        return await SignUps.ConfirmedAsync(host, parsed.Value!);
    }

    private async Task<JsonElement> ReadPreferencesAsync(ConfirmedSignUp signUp)
    {
        using var read = await host.Client.GetAsync(new Uri($"api/subscribers/{signUp.Subscriber.Id}?token={Uri.EscapeDataString(signUp.ManageToken)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        return (await Api.BodyAsync(read)).GetProperty("preferences");
    }

    private async Task<HttpResponseMessage> PatchAsync(ConfirmedSignUp signUp, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/subscribers/{signUp.Subscriber.Id}") { Content = Api.Json(json) };
        request.Headers.Authorization = new("Bearer", signUp.ManageToken);
        return await host.Client.SendAsync(request);
    }
}
