namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

public sealed class Subscribers_change_their_time_zone_and_sms_threshold(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_change_with_the_manage_token_is_kept_and_shown()
    {
        var signUp = await SignUpAsync();

        using var changed = await PatchAsync(signUp.Subscriber.Id, """{"timeZone": "Asia/Tokyo", "smsMaxUrgency": 4}""", signUp.ManageToken);
        using var read = await host.Client.GetAsync(new Uri($"api/subscribers/{signUp.Subscriber.Id}?token={Uri.EscapeDataString(signUp.ManageToken)}", UriKind.Relative));
        using var onlyOne = await PatchAsync(signUp.Subscriber.Id, """{"smsMaxUrgency": 1}""", signUp.ManageToken);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var view = await Api.BodyAsync(read);
        Assert.Equal("Asia/Tokyo", view.GetProperty("timeZone").GetString());
        Assert.Equal(4, view.GetProperty("smsMaxUrgency").GetInt32());
        var after = await Api.BodyAsync(onlyOne);
        Assert.Equal("Asia/Tokyo", after.GetProperty("timeZone").GetString());
        Assert.Equal(1, after.GetProperty("smsMaxUrgency").GetInt32());
    }

    [Fact]
    public async Task Raising_the_threshold_brings_sms_for_less_urgent_stories()
    {
        var signUp = await SignUpAsync();
        var article = Editor.SampleArticle($"urn:test:{Guid.NewGuid():N}", urgency: 4);

        var before = (await Editor.PublishAsync(host, article, dryRun: true)).GetProperty("reach");
        using var changed = await PatchAsync(signUp.Subscriber.Id, """{"smsMaxUrgency": 4}""", signUp.ManageToken);
        var after = (await Editor.PublishAsync(host, article, dryRun: true)).GetProperty("reach");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(0, before.GetProperty("smsAlerts").GetInt32());
        Assert.Equal(1, after.GetProperty("smsAlerts").GetInt32());
    }

    [Theory]
    [InlineData("""{"timeZone": "Mars/Olympus"}""", "timeZone")]
    [InlineData("""{"smsMaxUrgency": 12}""", "smsMaxUrgency")]
    [InlineData("""{"smsMaxUrgency": "high"}""", "smsMaxUrgency")]
    [InlineData("{}", "$")]
    [InlineData("[]", "$")]
    public async Task A_bad_change_is_refused_naming_the_field_and_changes_nothing(string json, string field)
    {
        var signUp = await SignUpAsync();

        using var refused = await PatchAsync(signUp.Subscriber.Id, json, signUp.ManageToken);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains(field, (await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var stored = await host.Services.GetRequiredService<SubscriberService>().GetAsync(signUp.Subscriber.Id, signUp.ManageToken, CancellationToken.None);
        Assert.Equal("Europe/London", stored.Subscriber!.TimeZone);
        Assert.Equal(2, stored.Subscriber.SmsMaxUrgency);
    }

    [Fact]
    public async Task Without_the_manage_token_or_with_a_form_body_nothing_changes()
    {
        var signUp = await SignUpAsync();
        using var form = new HttpRequestMessage(HttpMethod.Patch, $"api/subscribers/{signUp.Subscriber.Id}")
        {
            Content = new StringContent("smsMaxUrgency=9", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        form.Headers.Authorization = new("Bearer", signUp.ManageToken);

        using var anonymous = await PatchAsync(signUp.Subscriber.Id, """{"smsMaxUrgency": 9}""", token: null);
        using var notJson = await host.Client.SendAsync(form);

        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        var stored = await host.Services.GetRequiredService<SubscriberService>().GetAsync(signUp.Subscriber.Id, signUp.ManageToken, CancellationToken.None);
        Assert.Equal(2, stored.Subscriber!.SmsMaxUrgency);
    }

    private Task<ConfirmedSignUp> SignUpAsync() =>
        SignUps.ConfirmedAsync(host, new SubscriberRequest(null, "+447400123456", "Europe/London", [("Syria", false)], 2));

    private async Task<HttpResponseMessage> PatchAsync(string id, string json, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/subscribers/{id}") { Content = Api.Json(json) };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await host.Client.SendAsync(request);
    }
}
