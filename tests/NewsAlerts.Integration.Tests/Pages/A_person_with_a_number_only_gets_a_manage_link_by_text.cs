namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16: <c>/manage/link</c> took an email address only, so a person signed up with a number only had no way back
/// to their preferences. Through the local host, the <c>manage-links</c> queue on the Service Bus emulator, the
/// Dispatcher's worker and the SMS sink (the real Twilio SDK): a confirmed number asked for on the page receives a text
/// in its language whose link opens its preference centre; an unknown number and one that replied STOP receive nothing
/// and their askers see the very same page, which tells anyone who replied STOP to text START first; after START the
/// same person gets the link; the limits count any number alike; a number that is not one is refused on its field.
/// </summary>
[Collection("queues")]
public sealed partial class A_person_with_a_number_only_gets_a_manage_link_by_text(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;
    private HttpClient sinkClient = null!;

    public async Task InitializeAsync()
    {
        stack = await HostedStack.StartAsync(fixture.Stack, runDispatcher: true, overrides: new Dictionary<string, string?> { ["RateLimits:ForwardedForHops"] = "1" });
        sinkClient = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
    }

    public async Task DisposeAsync()
    {
        sinkClient.Dispose();
        await stack.DisposeAsync();
    }

    [Fact]
    public async Task A_confirmed_number_gets_a_working_link_and_unknown_or_stopped_numbers_get_nothing_but_the_same_page()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (known, unknown, stopped) = (TestPhones.NewValid(), TestPhones.NewValid(), TestPhones.NewValid());
        var confirmed = await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest(null, known, "UTC", [($"Texted {tag}", false)], 2) { Language = "fr" });
        await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest(null, stopped, "UTC", [($"Stopped {tag}", false)], 2));
        await ReplyAsync(stopped, "STOP");

        var (unknownResponse, unknownPage) = await AskAsync(unknown, NewClient());
        var (stoppedResponse, stoppedPage) = await AskAsync(stopped, NewClient());
        var (knownResponse, knownPage) = await AskAsync(Spaced(known), NewClient());

        Assert.All(new[] { unknownResponse, stoppedResponse, knownResponse }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(unknownPage, knownPage);
        Assert.Equal(unknownPage, stoppedPage);
        var words = WebUtility.HtmlDecode(knownPage);
        Assert.Contains(PageStrings.ManageLinkTextedMessage, words, StringComparison.Ordinal);
        Assert.Contains(PageStrings.ManageLinkTextedStopped[..PageStrings.ManageLinkTextedStopped.IndexOf("{0}", StringComparison.Ordinal)], words, StringComparison.Ordinal);
        Assert.DoesNotContain(known, words, StringComparison.Ordinal);

        // Absence is asserted only once every request has been handled: the known number's text has arrived and the
        // manage-links queue holds no message (a request is completed after its text was sent), whatever the order
        // the worker took them in (review of s33: the order of concurrent calls is not promised).
        var text = await LinkTextAsync(known, 0);
        await using (var receiver = stack.ServiceBus.CreateReceiver(NewsAlerts.Core.ManageLinks.ManageLinkMessage.Queue))
        {
            await Eventually.TrueAsync(async () => await receiver.PeekMessageAsync() is null, "the manage-links queue is empty");
        }

        Assert.Empty(await stack.Sink.MessagesToAsync(unknown, CancellationToken.None));
        Assert.DoesNotContain(await stack.Sink.MessagesToAsync(stopped, CancellationToken.None), m => ManageLink().IsMatch(m.GetProperty("body").GetString()!));
        Assert.StartsWith("NewsAlerts : le lien vers vos", text, StringComparison.Ordinal);
        var link = new Uri(ManageLink().Match(text).Value);
        using var opened = await stack.Host.Client.GetAsync(new Uri(link.PathAndQuery.TrimStart('/'), UriKind.Relative));
        var preferences = await opened.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains($"Texted {tag}", preferences, StringComparison.Ordinal);
        Assert.Equal(confirmed.Subscriber.Id, stack.Host.Services.GetRequiredService<TokenSigner>().Verify(
            System.Web.HttpUtility.ParseQueryString(link.Query)["token"], TokenPurpose.Manage)?.SubscriberId);
    }

    [Fact]
    public async Task A_person_who_replied_STOP_does_as_the_page_says_texts_START_and_then_gets_the_link()
    {
        var phone = TestPhones.NewValid();
        await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest(null, phone, "UTC", [("Restart", false)], 2));
        await ReplyAsync(phone, "STOP");
        await ReplyAsync(phone, "START");
        var before = (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count;

        await AskAsync(phone, NewClient());

        Assert.Matches(ManageLink(), await LinkTextAsync(phone, before));
    }

    [Fact]
    public async Task A_fourth_ask_for_one_number_waits_a_day_and_a_number_that_is_not_one_is_refused_on_its_field()
    {
        var phone = TestPhones.NewValid();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await AskAsync(phone, NewClient())).Response.StatusCode);
        }

        var (limited, limitedPage) = await AskAsync(Spaced(phone), NewClient());
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromHours(24), limited.Headers.RetryAfter?.Delta);
        Assert.Contains($"<a href=\"/manage/link?lang=en\">{WebUtility.HtmlEncode(PageStrings.BackToManageLink)}</a>", limitedPage, StringComparison.Ordinal);
        // Trial r34 #2: the per-number limit, not "came from here", and the way out is the link already texted.
        var words = WebUtility.HtmlDecode(limitedPage);
        Assert.Contains("this limit is for the address or number, not your connection. Use the link we already sent you: it works for 365 days. Or ask again in about 24 hours.", words, StringComparison.Ordinal);
        Assert.DoesNotContain("came from here", words, StringComparison.Ordinal);

        foreach (var typed in new[] { "<b>not a number</b>", "+44 20 7946 0000", "+1 900 555 0100" })
        {
            var (bad, badPage) = await AskAsync(typed, NewClient());
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("href=\"#field-phone\"", badPage, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>not a number", badPage, StringComparison.Ordinal);
        }

        var (neither, neitherPage) = await AskAsync(string.Empty, NewClient());
        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(PageStrings.ManageLinkEmailMissing), neitherPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phone_only_person_who_enters_a_used_code_is_pointed_back_without_a_word_of_email()
    {
        var phone = TestPhones.NewValid();
        var signUps = stack.Host.Services.GetRequiredService<NewsAlerts.Core.SignUps.SignUpService>();
        var started = await signUps.SignUpAsync(new SubscriberRequest(null, phone, "UTC", [("Syria", false)], 2), CancellationToken.None);
        var codePage = await stack.Host.Client.GetStringAsync(new Uri($"confirm?signUp={started.SignUp.Id}", UriKind.Relative));
        await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", started.SmsCode!)]);

        var (_, again) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", started.SmsCode!)]);

        var main = WebUtility.HtmlDecode(MainOf().Match(again).Value);
        Assert.Contains(PageStrings.AlreadyConfirmedSmsMessage, main, StringComparison.Ordinal);
        Assert.DoesNotContain("email", main, StringComparison.OrdinalIgnoreCase);
    }

    // The first text to the number after its first skip messages that carries a manage link (waited for with a deadline).
    private async Task<string> LinkTextAsync(string phone, int skip)
    {
        string? text = null;
        await Eventually.TrueAsync(async () =>
        {
            text = (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Skip(skip)
                .Select(m => m.GetProperty("body").GetString()!)
                .FirstOrDefault(body => ManageLink().IsMatch(body));
            return text is not null;
        }, "the manage link reaches the number");
        return text!;
    }

    private static string NewClient() => $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}::2";

    // +447400123456 as a person types it: +44 7400 123456.
    private static string Spaced(string e164) => $"{e164[..3]} {e164[3..7]} {e164[7..]}";

    private async Task<(HttpResponseMessage Response, string Html)> AskAsync(string phone, string client)
    {
        var form = HtmlForms.Of(await stack.Host.Client.GetStringAsync(new Uri("manage/link", UriKind.Relative))).Single(f => f.Action == "/manage/link");
        return await HtmlForms.PostAsync(stack.Host.Client, form, [new("email", string.Empty), new("phone", phone)], from: client);
    }

    // A reply through the SMS sink to this host's Twilio webhook (signed as Twilio signs it), applied when the number's
    // suppression says so.
    private async Task ReplyAsync(string phone, string keyword)
    {
        using var reply = await sinkClient.PostAsJsonAsync("sink/inbound", new { from = phone, body = keyword, webhookUrl = new Uri(stack.Host.Client.BaseAddress!, "api/twilio/inbound") });
        Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync());
        var suppressions = stack.Host.Services.GetRequiredService<SuppressionList>();
        await Eventually.TrueAsync(
            async () => await suppressions.IsSuppressedAsync(Channel.Sms, phone, CancellationToken.None) == (keyword == "STOP"), $"the {keyword} text is applied");
        if (keyword == "START")
        {
            var store = stack.Host.Services.GetRequiredService<NewsAlerts.Core.Ports.ISubscriberStore>();
            await Eventually.TrueAsync(
                async () => await store.FindIdByPhoneAsync(phone, CancellationToken.None) is { } id && (await store.GetAsync(id, CancellationToken.None))?.SmsStatus == ContactStatus.Confirmed,
                "START turns the texts back on");
        }
    }

    [GeneratedRegex(@"https?://\S+/manage\?token=[^\s\u2069]+")]
    private static partial Regex ManageLink();

    [GeneratedRegex(@"<main[\s\S]*</main>")]
    private static partial Regex MainOf();
}
