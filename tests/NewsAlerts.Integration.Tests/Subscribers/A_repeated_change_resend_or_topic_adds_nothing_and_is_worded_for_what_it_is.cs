namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Texts;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Trial r41, on the real stack (smtp4dev, the SMS sink): #5, three <c>PATCH {"phone": …}</c> of one number written
/// three ways texted three codes, the number's whole allowance for the day; #10, the email sent again to one's own
/// unsubscribed address read "Confirm your new address"; #14, <c>PUT /topics ["Syrie","Syrie"]</c> stored t1 and t2.
/// </summary>
public sealed class A_repeated_change_resend_or_topic_adds_nothing_and_is_worded_for_what_it_is(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task One_number_asked_for_three_times_in_three_writings_is_texted_one_code_and_another_number_its_own()
    {
        var confirmed = await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest($"r41-{Tag()}@example.com", null, "Europe/London", [("Syria", false)], 2));
        var phone = TestPhones.NewValid();
        var spaced = $"{phone[..3]} {phone[3..7]} {phone[7..]}";
        var fullWidth = string.Concat(phone.Select(c => (char)(c + 0xFEE0)));

        var first = await ChangeAsync(confirmed, $$"""{"phone": "{{phone}}"}""");
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count == 1, "the first code arrives");
        var second = await ChangeAsync(confirmed, $$"""{"phone": "{{spaced}}"}""");
        var third = await ChangeAsync(confirmed, $$"""{"phone": "\u200b{{fullWidth}}"}""");

        // A confirmation goes out before its request is answered: had the repeats sent one, the sink would hold it now.
        Assert.Single(await stack.Sink.MessagesToAsync(phone, CancellationToken.None));
        Assert.Equal(first.SignUpId, second.SignUpId);
        Assert.Equal(first.SignUpId, third.SignUpId);
        Assert.Contains("sms", third.Pending);

        var other = TestPhones.NewValid();
        await ChangeAsync(confirmed, $$"""{"phone": "{{other}}"}""");
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(other, CancellationToken.None)).Count == 1, "another number gets its code");
    }

    [Fact]
    public async Task One_new_address_asked_for_twice_is_mailed_one_link()
    {
        var confirmed = await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest($"r41-old-{Tag()}@example.com", null, "Europe/London", [("Syria", false)], 2));
        var fresh = $"r41-new-{Tag()}@example.com";

        await ChangeAsync(confirmed, $$"""{"email": "{{fresh}}"}""");
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(fresh, CancellationToken.None) == 1, "the link arrives");
        await ChangeAsync(confirmed, $$"""{"email": " {{fresh.Replace("@example.com", "@Example.COM", StringComparison.Ordinal)}}​"}""");

        Assert.Equal(1, await stack.Inbox.CountAsync(fresh, CancellationToken.None));
    }

    // The preference centre's "Change number" pressed twice (or Back, then again) is the same repeat.
    [Fact]
    public async Task The_preference_centre_asked_twice_for_one_number_texts_one_code()
    {
        var phone = TestPhones.NewValid();
        var waiting = await SignUps.NumberWaitingAsync(stack.Host, stack.Sink, $"r41-page-{Tag()}@example.com", phone);

        var (again, _) = await HtmlForms.PostAsync(
            stack.Host.Browser, HtmlForms.WithStep(await stack.Host.Browser.GetStringAsync(new Uri(waiting.Manage, UriKind.Relative)), "phone"),
            [new("newPhone", $"{phone[..3]} {phone[3..7]} {phone[7..]}")]);

        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        Assert.Single(await stack.Sink.MessagesToAsync(phone, CancellationToken.None));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task The_link_sent_again_to_ones_own_unsubscribed_address_is_worded_as_coming_back(string language)
    {
        var address = $"r41-back-{Tag()}@example.com";
        var subscriber = new Subscriber(
            $"s{Tag()}", address, ContactStatus.OptedOut, null, ContactStatus.None, "Europe/Paris", [new Topic("t1", "Syrie", false)],
            Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UtcNow, Language: language);
        await stack.Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        await stack.Host.Services.GetRequiredService<SuppressionList>().SuppressAsync(Channel.Email, address, SuppressionReason.Unsubscribe, CancellationToken.None);
        var token = stack.Host.Services.GetRequiredService<TokenSigner>().Issue(TokenPurpose.Manage, subscriber.Id, TimeSpan.FromHours(1));

        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/subscribers/{subscriber.Id}/resend") { Content = Api.Json("""{"channel":"email"}""") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await stack.Host.Client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(address, CancellationToken.None) == 1, "the link arrives");
        var email = (await stack.Inbox.ListMessagesAsync(address, CancellationToken.None))[0];
        Assert.Equal(EmailTexts.Of(EmailText.ComeBackSubject, language, "NewsAlerts"), email.Subject);
        Assert.DoesNotContain(EmailTexts.Of(EmailText.AddressChangeIgnore, language), email.TextBody ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains(EmailTexts.Of(EmailText.ComeBackIgnore, language), email.TextBody ?? string.Empty, StringComparison.Ordinal);
    }

    // Session 43: the email asked the store whether the address was the subscriber's own (any state), the pages read the
    // sign-up's ComesBack (unsubscribed or refused only): an own address never confirmed got a come-back email and a
    // confirm page. One source of truth now: it is confirmed as any other address, in its email too.
    [Fact]
    public async Task The_link_sent_again_to_ones_own_never_confirmed_address_is_a_plain_confirmation()
    {
        var address = $"s43-pending-{Tag()}@example.com";
        var subscriber = new Subscriber(
            $"s{Tag()}", address, ContactStatus.Pending, null, ContactStatus.None, "Europe/Paris", [new Topic("t1", "Syrie", false)],
            Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UtcNow, Language: "en");
        await stack.Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        var token = stack.Host.Services.GetRequiredService<TokenSigner>().Issue(TokenPurpose.Manage, subscriber.Id, TimeSpan.FromHours(1));

        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/subscribers/{subscriber.Id}/resend") { Content = Api.Json("""{"channel":"email"}""") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await stack.Host.Client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(address, CancellationToken.None) == 1, "the link arrives");
        var email = (await stack.Inbox.ListMessagesAsync(address, CancellationToken.None))[0];
        Assert.NotEqual(EmailTexts.Of(EmailText.ComeBackSubject, "en", "NewsAlerts"), email.Subject);
        Assert.DoesNotContain(EmailTexts.Of(EmailText.ComeBackIgnore, "en"), email.TextBody ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topic_given_twice_is_stored_once()
    {
        var confirmed = await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest($"r41-topics-{Tag()}@example.com", null, "Europe/Paris", [("Syria", false)], 2));

        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/subscribers/{confirmed.Subscriber.Id}/topics") { Content = Api.Json("""{"topics":["Syrie","Syrie"," syrie ","ceasefire"]}""") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", confirmed.ManageToken);
        using var response = await stack.Host.Client.SendAsync(request);
        var body = await Api.BodyAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal(["Syrie", "ceasefire"], body.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
        var stored = await stack.Host.Services.GetRequiredService<ISubscriberStore>().GetAsync(confirmed.Subscriber.Id, CancellationToken.None);
        Assert.Equal(["Syrie", "ceasefire"], stored!.Topics.Select(t => t.Text));
    }

    private static string Tag() => Guid.NewGuid().ToString("N")[..10];

    private async Task<(string SignUpId, IReadOnlyList<string> Pending)> ChangeAsync(ConfirmedSignUp confirmed, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/subscribers/{confirmed.Subscriber.Id}") { Content = Api.Json(json) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", confirmed.ManageToken);
        request.Headers.Add("X-Forwarded-For", $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}::1");
        using var response = await stack.Host.Client.SendAsync(request);
        var body = await Api.BodyAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body.ToString());
        return (body.GetProperty("signUpId").GetString()!, [.. body.GetProperty("pending").EnumerateArray().Select(p => p.GetString()!)]);
    }
}
