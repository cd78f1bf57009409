namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// sub16b: <c>POST /api/sign-ups/{id}/confirm-sms</c> and <c>confirm-email</c> answered a sign-up that only added topics
/// (its number or address confirmed already) like any confirmation, naming neither the topics added nor the choices not
/// applied, which the page lists. The answer's <c>added</c> names both; a new contact's answer has <c>added</c> null.
/// </summary>
public sealed partial class Confirming_a_sign_up_that_only_adds_topics_names_them_in_the_answer(StackFixture fixture)
    : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private Cli.Stack.SmsSinkInbox sink = null!;
    private SignUpService signUps = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(fixture.Stack);
        sink = new Cli.Stack.SmsSinkInbox(fixture.Stack.SmsSink);
        signUps = host.Services.GetRequiredService<SignUpService>();
    }

    public async Task DisposeAsync()
    {
        sink.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task A_code_that_only_adds_topics_answers_them_and_the_choices_not_applied()
    {
        var phone = TestPhones.NewValid();
        var first = await signUps.SignUpAsync(new SubscriberRequest(null, phone, "Europe/London", [("Zanzibar", false)], 2), CancellationToken.None);
        await signUps.ConfirmSmsAsync(first.SignUp.Id, first.SmsCode, CancellationToken.None);

        string signUpId;
        using (var signedUp = await Api.PostJsonAsync(host.Client, "api/subscribers", new
        {
            phone, timeZone = "Europe/London", topics = new[] { "Comoros" }, smsMaxUrgency = 4,
            preferences = new { quietHours = new { start = "22:00", end = "07:00" } },
        }))
        {
            Assert.Equal(HttpStatusCode.Accepted, signedUp.StatusCode);
            signUpId = JsonDocument.Parse(await signedUp.Content.ReadAsStringAsync()).RootElement.GetProperty("signUpId").GetString()!;
        }

        // The first code was never texted (the service made it): the API sign-up's code is the one text.
        await Eventually.TrueAsync(async () => (await sink.MessagesToAsync(phone, CancellationToken.None)).Count >= 1, "the code reaches the number");
        var text = (await sink.MessagesToAsync(phone, CancellationToken.None)).Single().GetProperty("body").GetString()!;
        var code = CodePattern().Match(text).Value;
        Assert.Equal(Channels.Sms.GsmTransliterator.Transliterate(Core.Texts.SmsTexts.TopicsCode(null, "NewsAlerts", code)), text);
        using var confirmed = await Api.PostJsonAsync(host.Client, $"api/sign-ups/{signUpId}/confirm-sms", new { code });

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var added = JsonDocument.Parse(await confirmed.Content.ReadAsStringAsync()).RootElement.GetProperty("added");
        Assert.Equal(["Comoros"], added.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["preferences.quietHours", "smsMaxUrgency"], added.GetProperty("notApplied").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task A_link_that_only_adds_topics_answers_them_and_a_new_address_answers_added_null()
    {
        var email = $"added-{Guid.NewGuid():N}@example.com";
        var first = await signUps.SignUpAsync(new SubscriberRequest(email, null, "UTC", [("Zanzibar", false)], 2, DeliveryPreferences.Default), CancellationToken.None);
        using (var created = await Api.PostJsonAsync(host.Client, $"api/sign-ups/{first.SignUp.Id}/confirm-email", new { token = first.EmailConfirmationToken }))
        {
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
            Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("added").ValueKind);
        }

        var again = await signUps.SignUpAsync(new SubscriberRequest(email, null, "UTC", [("Zanzibar", false), ("Comoros", false)], 2, DeliveryPreferences.Default), CancellationToken.None);
        using var confirmed = await Api.PostJsonAsync(host.Client, $"api/sign-ups/{again.SignUp.Id}/confirm-email", new { token = again.EmailConfirmationToken });

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var added = JsonDocument.Parse(await confirmed.Content.ReadAsStringAsync()).RootElement.GetProperty("added");
        Assert.Equal(["Comoros"], added.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Empty(added.GetProperty("notApplied").EnumerateArray());
    }

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex CodePattern();
}
