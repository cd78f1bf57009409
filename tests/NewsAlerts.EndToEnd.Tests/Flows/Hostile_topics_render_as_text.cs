namespace NewsAlerts.EndToEnd.Tests.Flows;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.EndToEnd.Tests.Browser;
using NewsAlerts.Pages;
using NewsAlerts.Testing;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// Markup in what a person types comes back as text: in the sign-up form shown again with its errors, and in the
/// preference centre of a subscriber whose stored topic is markup. Nothing it carries runs.
/// </summary>
public sealed class Hostile_topics_render_as_text(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Hostile = "\"</textarea><img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>";

    // Driven at desktop width; every state it reaches is also checked at phone width (FlowRecorder).
    [Fact]
    public async Task A_hostile_topic_is_shown_back_as_typed_and_runs_nothing()
    {
        var width = ScreenWidth.Desktop;
        await using var context = await fixture.NewContextAsync(width);
        var person = new Person(await context.NewPageAsync(), new FlowRecorder("hostile-topic", width));
        Assert.Equal(200, await person.OpenAsync("signup", "signup"));
        await person.Field(PageStrings.EmailLabel).FillAsync("not an address");
        await person.Field(PageStrings.TopicsLabel).FillAsync(Hostile);
        await person.PressAsync(PageStrings.SignUpButton, PageStrings.SignUpTitle, "form-with-errors");

        await Expect(person.Field(PageStrings.TopicsLabel)).ToHaveValueAsync(Hostile);
        await Expect(person.Page.Locator("main img, main script")).ToHaveCountAsync(0);
        Assert.True(await person.Page.EvaluateAsync<bool>("() => window.pwned === undefined"), "the hostile topic ran");

        var confirmed = await ConfirmedWithTopicAsync(Hostile);
        Assert.Equal(200, await person.OpenAsync($"manage?token={Uri.EscapeDataString(confirmed)}", "preference-centre"));
        await Expect(person.Field(PageStrings.TopicsLabel)).ToHaveValueAsync(Hostile);
        await Expect(person.Page.Locator("main img, main script")).ToHaveCountAsync(0);
        Assert.True(await person.Page.EvaluateAsync<bool>("() => window.pwned === undefined"), "the stored hostile topic ran");
    }

    // A subscriber whose topic is the hostile text (stored through the API's service, as a sign-up by API would); its manage token.
    private async Task<string> ConfirmedWithTopicAsync(string topic)
    {
        var service = fixture.Host.Services.GetRequiredService<SignUpService>();
        var started = await service.SignUpAsync(new SubscriberRequest(null, TestPhones.NewValid(), "UTC", [(topic, false)], Subscriber.DefaultSmsMaxUrgency), CancellationToken.None);
        var outcome = await service.ConfirmSmsAsync(started.SignUp.Id, started.SmsCode!, CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, outcome.Kind);
        return outcome.ManageToken!;
    }
}
