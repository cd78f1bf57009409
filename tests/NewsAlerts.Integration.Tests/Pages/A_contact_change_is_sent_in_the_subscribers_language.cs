namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using NewsAlerts.Testing;

/// <summary>
/// Trial r35 #1: a French or Arabic subscriber's new number got "NewsAlerts code: …" and the new address "Confirm your
/// NewsAlerts subscription", in English. Every message sent for an existing subscriber (a contact change's code and
/// link, and their resend from the manage link) is in the subscriber's stored language, as at sign-up (real stack:
/// smtp4dev, the SMS sink).
/// </summary>
public sealed partial class A_contact_change_is_sent_in_the_subscribers_language(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private const string Slot = "\u00A7";

    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    public async Task The_code_and_the_email_of_a_change_and_of_its_resend_are_in_the_subscribers_language(string language)
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var (phone, fresh) = (TestPhones.NewValid(), $"lang-{tag}@example.com");
        var confirmed = await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest($"old-{tag}@example.com", null, "Europe/Paris", [("Syria", false)], 2, Language: language));

        using (var change = await SendAsync(HttpMethod.Patch, $"api/subscribers/{confirmed.Subscriber.Id}", confirmed, $$"""{"phone":"{{phone}}","email":"{{fresh}}"}"""))
        {
            Assert.True(change.StatusCode == HttpStatusCode.Accepted, await change.Content.ReadAsStringAsync());
        }

        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count == 1, "the code reaches the new number");
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(fresh, CancellationToken.None) == 1, "the link reaches the new address");
        AssertIn(SmsTexts.Code(language, Slot, Slot), (await stack.Sink.MessagesToAsync(phone, CancellationToken.None))[0].GetProperty("body").GetString()!);
        var email = (await stack.Inbox.ListMessagesAsync(fresh, CancellationToken.None))[0];
        AssertIn(EmailTexts.Of(EmailText.AddressChangeSubject, language, Slot), email.Subject ?? string.Empty);
        // Trial r37 #15: worded as the change of address of an existing subscription, naming no id.
        AssertIn(EmailTexts.Of(EmailText.AddressChangeIntro, language, Slot), email.TextBody ?? string.Empty);
        Assert.DoesNotContain(confirmed.Subscriber.Id, email.TextBody ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(confirmed.Subscriber.Id, email.HtmlBody ?? string.Empty, StringComparison.Ordinal);

        // The manage link's resend sends both again, still in the subscriber's language.
        using (var resend = await SendAsync(HttpMethod.Post, $"api/subscribers/{confirmed.Subscriber.Id}/resend", confirmed, null))
        {
            Assert.True(resend.IsSuccessStatusCode, await resend.Content.ReadAsStringAsync());
        }

        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count == 2, "the resent code reaches the new number");
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(fresh, CancellationToken.None) == 2, "the resent link reaches the new address");
        AssertIn(SmsTexts.Code(language, Slot, Slot), (await stack.Sink.MessagesToAsync(phone, CancellationToken.None))[1].GetProperty("body").GetString()!);
        Assert.All(await stack.Inbox.ListMessagesAsync(fresh, CancellationToken.None), m => AssertIn(EmailTexts.Of(EmailText.AddressChangeSubject, language, Slot), m.Subject ?? string.Empty));
    }

    // Every fixed part of the catalog's text (the parts between the values) is in the message sent.
    private static void AssertIn(string template, string sent)
    {
        foreach (var part in template.Split(Slot).Select(p => Isolates().Replace(p, string.Empty).Trim()).Where(p => p.Length > 3))
        {
            Assert.Contains(part, Isolates().Replace(sent, string.Empty), StringComparison.Ordinal);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, ConfirmedSignUp confirmed, string? json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = json is null ? null : Api.Json(json) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", confirmed.ManageToken);
        return await stack.Host.Client.SendAsync(request);
    }

    [GeneratedRegex("[\u2066-\u2069\u200E\u200F]")]
    private static partial Regex Isolates();
}
