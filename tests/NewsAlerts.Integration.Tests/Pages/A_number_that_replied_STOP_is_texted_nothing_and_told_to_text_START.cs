namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Trial r33 #1, #2, #5: a number that replied STOP and then signed up again was texted a code (the provider refused
/// it, 21610) and the page said "we have texted you a code"; old codes after STOP said "expired or typed wrong"; /manage
/// offered both "text START" and "sign up again". Now nothing at all goes to the number (the sink receives no text:
/// confirmations are sent within the request, so the count read after the answer is final), and every page names the
/// one way back, START to our number. On the real stack: the Function host's pages and API, Table storage on Azurite,
/// the SMS sink (texts and its inbound webhook for STOP).
/// </summary>
public sealed class A_number_that_replied_STOP_is_texted_nothing_and_told_to_text_START(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;
    private HttpClient sinkClient = null!;

    private static string OurNumberWords => LtrText.Isolate(PhoneWords.Grouped(SmsSinkService.FromNumber)!);

    public async Task InitializeAsync()
    {
        stack = await HostedStack.StartAsync(fixture.Stack);
        sinkClient = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
    }

    public async Task DisposeAsync()
    {
        sinkClient.Dispose();
        await stack.DisposeAsync();
    }

    [Fact]
    public async Task A_stopped_number_signing_up_again_on_the_page_is_texted_nothing_and_told_to_text_START_to_our_number()
    {
        var phone = TestPhones.NewValid();
        var (_, codePage) = await SignUpAsync([new("phone", phone), new("topics", "Syria")]);
        await EnterCodeAsync(codePage, phone);
        await StopAsync(phone);
        var texts = (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count;

        var (again, page) = await SignUpAsync([new("phone", phone), new("topics", "ceasefire")]);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var words = WebUtility.HtmlDecode(page);
        Assert.Contains(PageStrings.SignUpNumberStopped, words, StringComparison.Ordinal);
        Assert.Contains($"text START to {OurNumberWords} from that phone", words, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.CheckPhoneMessage, words, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.NotSentMessage, words, StringComparison.Ordinal);
        Assert.Equal(texts, (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_stopped_number_with_an_address_is_refused_whole_and_the_address_gets_no_link()
    {
        var phone = TestPhones.NewValid();
        var (_, codePage) = await SignUpAsync([new("phone", phone), new("topics", "Syria")]);
        await EnterCodeAsync(codePage, phone);
        await StopAsync(phone);
        var texts = (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count;
        var email = $"stopped-{Guid.NewGuid():N}@example.com";

        using var api = await stack.Host.Client.PostAsJsonAsync("api/subscribers", new { email, phone, timeZone = "UTC", topics = new[] { "ceasefire" } });

        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal(StoppedNumbers.Reason, problem.RootElement.GetProperty("errors").GetProperty("phone")[0].GetString());
        Assert.Equal(texts, (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count);
        // Nothing was stored: a control email to the address is the only one smtp4dev holds for it.
        await stack.Host.Services.GetRequiredService<IConfirmationSender>().SendManageLinkAsync(
            "control", email, new Uri("http://localhost/manage?token=control"), new MessageLocale("en", "UTC"), CancellationToken.None);
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(email, CancellationToken.None) >= 1, "the control email arrives");
        Assert.Equal(1, await stack.Inbox.CountAsync(email, CancellationToken.None));
    }

    [Fact]
    public async Task A_code_sent_before_STOP_says_STOP_in_french_and_sending_a_new_one_texts_nothing()
    {
        var phone = TestPhones.NewValid();
        var (_, codePage) = await SignUpAsync([new("phone", phone), new("topics", "Syrie"), new("language", "fr")], "fr");
        var code = await CodeAsync(phone);
        await StopAsync(phone);
        await Eventually.TrueAsync(
            async () => (await stack.Host.Services.GetRequiredService<ISignUpStore>().FindByPhoneAsync(phone, CancellationToken.None))
                .All(s => s.Pending.SmsCodeAttempts >= PendingConfirmations.MaxSmsCodeAttempts), "the STOP voids the code");
        var texts = (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count;

        var (entered, enteredPage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", code)]);
        var (resent, resentPage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "resend"));

        Assert.Equal(HttpStatusCode.Conflict, entered.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, resent.StatusCode);
        foreach (var page in new[] { WebUtility.HtmlDecode(enteredPage), WebUtility.HtmlDecode(resentPage) })
        {
            Assert.Contains("Vous avez répondu STOP", page, StringComparison.Ordinal);
            Assert.Contains($"envoyez START au {OurNumberWords}", page, StringComparison.Ordinal);
            Assert.DoesNotContain("expiré", page, StringComparison.Ordinal);
        }

        Assert.Equal(texts, (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count);
        Assert.Null(await stack.Host.Services.GetRequiredService<ISubscriberStore>().FindIdByPhoneAsync(phone, CancellationToken.None));
    }

    [Fact]
    public async Task A_code_entered_again_after_STOP_says_STOP_not_already_confirmed()
    {
        var phone = TestPhones.NewValid();
        var (_, codePage) = await SignUpAsync([new("phone", phone), new("topics", "Syria")]);
        var code = await EnterCodeAsync(codePage, phone);
        await StopAsync(phone);

        var (entered, page) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", code)]);

        Assert.Equal(HttpStatusCode.Conflict, entered.StatusCode);
        Assert.DoesNotContain(PageStrings.AlreadyConfirmedTitle, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        // Trial r34 #6: the number's subscriber exists, so START alone brings its texts back: one way, no "sign up again".
        Assert.Contains(PageStrings.CodeNumberStoppedSubscribed, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains($"text START to {OurNumberWords}", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.CodeNumberStopped, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.SubscribeAgainLink, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/signup", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task START_lifts_the_stop_and_a_sign_up_after_it_texts_a_code_again()
    {
        var phone = TestPhones.NewValid();
        var (_, codePage) = await SignUpAsync([new("phone", phone), new("topics", "Syria")]);
        await EnterCodeAsync(codePage, phone);
        await StopAsync(phone);
        await ReplyAsync(phone, "START");
        await Eventually.TrueAsync(
            async () => !await stack.Host.Services.GetRequiredService<SuppressionList>().IsSuppressedAsync(Channel.Sms, phone, CancellationToken.None), "the START text is applied");
        var texts = (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count;

        var (again, _) = await SignUpAsync([new("phone", phone), new("topics", "ceasefire")]);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count > texts);
    }

    private async Task<(HttpResponseMessage Response, string Html)> SignUpAsync(KeyValuePair<string, string>[] fields, string language = "en")
    {
        var form = HtmlForms.Of(await stack.Host.Client.GetStringAsync(new Uri($"signup?lang={language}", UriKind.Relative))).Single();
        return await HtmlForms.PostAsync(stack.Host.Client, form, [.. fields, new("timeZone", "UTC"), new("emailFrequency", "immediate")]);
    }

    // The newest code texted to the number (the sink holds it by the time the page answered).
    private async Task<string> CodeAsync(string phone)
    {
        var body = (await stack.Sink.WaitForAsync(phone, CancellationToken.None))[^1].GetProperty("body").GetString()!;
        return System.Text.RegularExpressions.Regex.Match(body, "[0-9]{6}").Value;
    }

    private async Task<string> EnterCodeAsync(string codePage, string phone)
    {
        var code = await CodeAsync(phone);
        var (confirmed, _) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", code)]);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.NotNull(await stack.Host.Services.GetRequiredService<ISubscriberStore>().FindIdByPhoneAsync(phone, CancellationToken.None));
        return code;
    }

    private async Task StopAsync(string phone)
    {
        await ReplyAsync(phone, "STOP");
        await Eventually.TrueAsync(
            async () => await stack.Host.Services.GetRequiredService<SuppressionList>().IsSuppressedAsync(Channel.Sms, phone, CancellationToken.None), "the STOP text is applied");
    }

    // A reply through the SMS sink to this host's Twilio webhook (signed as Twilio signs it).
    private async Task ReplyAsync(string phone, string body)
    {
        using var reply = await sinkClient.PostAsJsonAsync("sink/inbound", new { from = phone, body, webhookUrl = new Uri(stack.Host.Client.BaseAddress!, "api/twilio/inbound") });
        Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync());
    }
}
