namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.SmsSink;
using NewsAlerts.Testing;

/// <summary>
/// Trial s42 A: on /signup (de) an address and number signed up, the code was tried out with six wrong codes, and the
/// same form sent again texted a new code AND emailed a new link, whose newness voided the first email's link ("Ein
/// neuerer Link wurde gesendet"). Each channel is decided on its own (README "Signing up again"): the spent code is
/// texted anew, the link that still works is kept (the first email confirms) and no email is sent. Its kind: a code
/// whose text never went out (the SMS sink answered 503) counts as spent, and the same form sent again texts it, where
/// it was answered "repeat, nothing sent". Through the local host with the real SMS sink and smtp4dev.
/// </summary>
public sealed partial class A_sign_up_sent_again_sends_only_the_channel_it_spent(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;
    private HttpClient sinkApi = null!;

    public async Task InitializeAsync()
    {
        stack = await HostedStack.StartAsync(fixture.Stack, overrides: TestFunctionHost.ContactLimitSettings(perContact: 2));
        sinkApi = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
    }

    public async Task DisposeAsync()
    {
        sinkApi.Dispose();
        await stack.DisposeAsync();
    }

    [Fact]
    public async Task A_code_tried_out_six_times_then_the_same_form_texts_a_code_and_the_first_email_still_confirms()
    {
        var (email, phone) = ($"de1-{Guid.NewGuid():N}@example.org", TestPhones.NewValid());
        var (first, firstPage) = await SignUpAsync(stack.Host.Client, email, phone);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var id = HtmlForms.WithStep(firstPage, "code").Hidden["signUp"];
        var firstEmail = await stack.Inbox.WaitForAsync(email, CancellationToken.None);
        var code = await TextedCodes.NthAsync(stack.Sink, phone, 1);
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 6; i++)
        {
            Assert.NotEqual(HttpStatusCode.OK, (await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(firstPage, "code"), [new("code", wrong)])).Response.StatusCode);
        }

        // The same values again: the code page of the same sign-up, saying a new code went and the emailed link still works.
        var (again, _) = await SignUpAsync(stack.Host.Browser, email, phone);
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        var location = again.Headers.Location!.OriginalString;
        Assert.StartsWith($"/confirm?signUp={id}&sent=sms&resent=1&kept=link", location, StringComparison.Ordinal);
        var (shown, againPage) = await stack.Host.VisitAsync(location);
        Assert.Equal(HttpStatusCode.OK, shown);
        var fresh = await TextedCodes.NthAsync(stack.Sink, phone, 2);
        Assert.NotEqual(code, fresh);
        Assert.Equal(1, await stack.Inbox.CountAsync(email, CancellationToken.None)); // the answer came after its sending: no second email

        // The first email's button confirms the address; the new code confirms the number.
        var (pressed, _) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(await stack.Host.Client.GetStringAsync(LinkOf(firstEmail.TextBody)), "email"));
        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        var (entered, _) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(againPage, "code"), [new("code", fresh)]);
        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        var subscriber = await SubscriberAsync(email);
        Assert.Equal((ContactStatus.Confirmed, ContactStatus.Confirmed), (subscriber.EmailStatus, subscriber.SmsStatus));
        Assert.Equal(["Ukraine"], subscriber.Topics.Select(t => t.Text));
    }

    [Fact]
    public async Task A_code_the_sink_refused_with_503_is_texted_when_the_same_form_is_sent_again_and_the_link_is_kept()
    {
        var (email, phone) = ($"de-unsent-{Guid.NewGuid():N}@example.org", TestPhones.NewValid());
        // More faults than the confirmation's retries: the text does not go out, then the sink is mended.
        (await sinkApi.PostAsJsonAsync("sink/faults", new SinkFault(503, 50, To: phone))).EnsureSuccessStatusCode();
        try
        {
            var (failed, _) = await SignUpAsync(stack.Host.Browser, email, phone);
            Assert.Contains("notSent=sms", failed.Headers.Location!.OriginalString, StringComparison.Ordinal);
            await ClearFaultsAsync(phone);
            var firstEmail = await stack.Inbox.WaitForAsync(email, CancellationToken.None);
            Assert.Empty(await stack.Sink.MessagesToAsync(phone, CancellationToken.None));

            // Not a repeat owed nothing: the code that never went is texted now, and the link that did go is kept.
            var (again, _) = await SignUpAsync(stack.Host.Browser, email, phone);
            Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
            Assert.DoesNotContain("notSent", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
            var code = await TextedCodes.NthAsync(stack.Sink, phone, 1);
            Assert.Equal(1, await stack.Inbox.CountAsync(email, CancellationToken.None));

            using (var confirmed = await stack.Host.Client.PostAsync(SentLinks.ConfirmApiOf(firstEmail.TextBody), null))
            {
                Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
            }

            var (_, codePage) = await stack.Host.VisitAsync(again.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.OK, (await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", code)])).Response.StatusCode);
            Assert.Equal(ContactStatus.Confirmed, (await SubscriberAsync(email)).SmsStatus);
        }
        finally
        {
            await ClearFaultsAsync(phone);
        }
    }

    private async Task ClearFaultsAsync(string phone) =>
        (await sinkApi.DeleteAsync(new Uri($"sink/faults?to={Uri.EscapeDataString(phone)}", UriKind.Relative))).EnsureSuccessStatusCode();

    // The trial's form: German page, topic Ukraine, time zone America/St_Johns.
    private static async Task<(HttpResponseMessage Response, string Html)> SignUpAsync(HttpClient client, string email, string phone)
    {
        var form = HtmlForms.Of(await client.GetStringAsync(new Uri("signup?lang=de", UriKind.Relative))).Single();
        return await HtmlForms.PostAsync(client, form,
            [new("email", email), new("phone", phone), new("topics", "Ukraine"), new("timeZone", "America/St_Johns"), new("language", "de"), new("emailFrequency", "immediate")]);
    }

    private async Task<Subscriber> SubscriberAsync(string email)
    {
        var store = stack.Host.Services.GetRequiredService<ISubscriberStore>();
        return (await store.GetAsync((await store.FindIdByEmailAsync(email, CancellationToken.None))!, CancellationToken.None))!;
    }

    private static Uri LinkOf(string? text) => new(LinkPattern().Match(text ?? string.Empty).Value);

    [GeneratedRegex(@"https?://\S+/confirm\?signUp=[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
