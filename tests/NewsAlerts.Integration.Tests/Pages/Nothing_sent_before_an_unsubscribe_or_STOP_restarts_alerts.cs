namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16: a confirmed subscriber signed up again (a link went to the confirmed address), then unsubscribed; the
/// leftover link still confirmed, and alerts started again. An opt-out (one-click unsubscribe, STOP by SMS, "stop
/// everything") now voids every link and code still held for the contact (<see cref="OptOutVoids"/>): the old link's
/// button and the old code confirm nothing, the contact stays opted out and suppressed. On the real stack: the Function
/// host's pages, Table storage on Azurite, the SMS sink's inbound webhook.
/// </summary>
public sealed class Nothing_sent_before_an_unsubscribe_or_STOP_restarts_alerts(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;
    private SignUpService signUps = null!;
    private ISubscriberStore store = null!;
    private HttpClient sinkClient = null!;

    public async Task InitializeAsync()
    {
        stack = await HostedStack.StartAsync(fixture.Stack);
        signUps = stack.Host.Services.GetRequiredService<SignUpService>();
        store = stack.Host.Services.GetRequiredService<ISubscriberStore>();
        sinkClient = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
    }

    public async Task DisposeAsync()
    {
        sinkClient.Dispose();
        await stack.DisposeAsync();
    }

    [Fact]
    public async Task Sign_up_confirm_sign_up_again_unsubscribe_then_the_leftover_link_restarts_nothing()
    {
        var email = $"optout16-{Guid.NewGuid():N}@example.com";
        var first = await SignUps.StartAsync(signUps, email, null, "Syria");
        var joined = await signUps.ConfirmEmailAsync(first.SignUp.Id, first.EmailConfirmationToken, CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, joined.Kind);
        var again = await SignUps.StartAsync(signUps, email, null, "Elections");
        var button = await stack.Host.Client.GetStringAsync(new Uri($"confirm?signUp={again.SignUp.Id}&token={Uri.EscapeDataString(again.EmailConfirmationToken!)}", UriKind.Relative));

        // One-click unsubscribe as a mail client does it (RFC 8058).
        var token = stack.Host.Services.GetRequiredService<TokenSigner>().Issue(TokenPurpose.Unsubscribe, joined.Subscriber!.Id, AlertLinks.Lifetime);
        using (var oneClick = await stack.Host.Client.PostAsync(
            new Uri($"unsubscribe?token={Uri.EscapeDataString(token)}", UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")])))
        {
            Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        }

        var (pressed, page) = await HtmlForms.PostAsync(stack.Host.Client, Assert.Single(HtmlForms.Of(button)));
        using var api = await stack.Host.Client.PostAsync(SentLinks.OldConfirmEmail(stack.Host, again.SignUp.Id, again.EmailConfirmationToken!), null);

        Assert.Equal(HttpStatusCode.Forbidden, pressed.StatusCode);
        Assert.Contains(PageStrings.LinkNotValidMessage, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        var after = (await store.GetAsync(joined.Subscriber.Id, CancellationToken.None))!;
        Assert.Equal(ContactStatus.OptedOut, after.EmailStatus);
        Assert.Equal(["Syria"], after.Topics.Select(t => t.Text));
        Assert.True(await stack.Host.Services.GetRequiredService<SuppressionList>().IsSuppressedAsync(Channel.Email, email, CancellationToken.None));
    }

    [Fact]
    public async Task STOP_by_SMS_then_an_old_code_restarts_nothing()
    {
        var phone = TestPhones.NewValid();
        var first = await SignUps.StartAsync(signUps, null, phone, "Syria");
        var joined = await signUps.ConfirmSmsAsync(first.SignUp.Id, first.SmsCode, CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, joined.Kind);
        // With an address, so it is a sign-up of its own rather than the continuation of the first.
        var again = await SignUps.StartAsync(signUps, $"optout16-sms-{Guid.NewGuid():N}@example.com", phone, "Elections");
        var codePage = await stack.Host.Client.GetStringAsync(new Uri($"confirm?signUp={again.SignUp.Id}", UriKind.Relative));

        await StopAsync(phone);
        await CodeVoidedAsync(again.SignUp.Id);
        var (entered, page) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", again.SmsCode!)]);

        // Issue 16: the refusal does not name the STOP (anyone may hold the sign-up's page): the code is used up, and the
        // code page tells everyone that START comes first, then a new code.
        Assert.Equal(HttpStatusCode.Forbidden, entered.StatusCode);
        Assert.Contains(PageStrings.CodeUsedUp, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("If you ever replied STOP to our texts, text START to", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        var after = (await store.GetAsync(joined.Subscriber!.Id, CancellationToken.None))!;
        Assert.Equal(ContactStatus.OptedOut, after.SmsStatus);
        Assert.Equal(["Syria"], after.Topics.Select(t => t.Text));
    }

    [Fact]
    public async Task STOP_before_the_first_code_was_entered_makes_that_code_confirm_nothing()
    {
        var phone = TestPhones.NewValid();
        var waiting = await SignUps.StartAsync(signUps, null, phone, "Syria");

        await StopAsync(phone);
        await CodeVoidedAsync(waiting.SignUp.Id);

        Assert.True(SignUpService.IsCodeUsedUp(await signUps.ConfirmSmsAsync(waiting.SignUp.Id, waiting.SmsCode, CancellationToken.None)));
        Assert.Null(await store.FindIdByPhoneAsync(phone, CancellationToken.None));
    }

    [Fact]
    public async Task Stop_everything_voids_the_links_and_codes_of_both_contacts()
    {
        var email = $"optout16-all-{Guid.NewGuid():N}@example.com";
        var phone = TestPhones.NewValid();
        var first = await SignUps.StartAsync(signUps, email, phone, "Syria");
        var joined = await signUps.ConfirmEmailAsync(first.SignUp.Id, first.EmailConfirmationToken, CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmSmsAsync(first.SignUp.Id, first.SmsCode, CancellationToken.None)).Kind);
        var again = await SignUps.StartAsync(signUps, email, phone, "Elections");

        var stopped = await stack.Host.Services.GetRequiredService<SubscriberService>().StopEverythingAsync(joined.Subscriber!.Id, joined.ManageToken, CancellationToken.None);
        Assert.Equal(SubscriberOutcomeKind.Ok, stopped.Kind);

        Assert.Equal(SignUpOutcomeKind.Forbidden, (await signUps.ConfirmEmailAsync(again.SignUp.Id, again.EmailConfirmationToken, CancellationToken.None)).Kind);
        Assert.True(SignUpService.IsCodeUsedUp(await signUps.ConfirmSmsAsync(again.SignUp.Id, again.SmsCode, CancellationToken.None)));
        var after = (await store.GetAsync(joined.Subscriber.Id, CancellationToken.None))!;
        Assert.Equal((ContactStatus.OptedOut, ContactStatus.OptedOut), (after.EmailStatus, after.SmsStatus));
    }

    [Fact]
    public async Task A_sign_up_made_after_the_unsubscribe_confirms_again()
    {
        // The opt-out ends what was sent before it, not the person's right to come back by a fresh sign-up.
        var email = $"optout16-back-{Guid.NewGuid():N}@example.com";
        var first = await SignUps.StartAsync(signUps, email, null, "Syria");
        var joined = await signUps.ConfirmEmailAsync(first.SignUp.Id, first.EmailConfirmationToken, CancellationToken.None);
        var token = stack.Host.Services.GetRequiredService<TokenSigner>().Issue(TokenPurpose.Unsubscribe, joined.Subscriber!.Id, AlertLinks.Lifetime);
        Assert.Equal(SubscriberOutcomeKind.Ok, (await stack.Host.Services.GetRequiredService<SubscriberService>().UnsubscribeEmailAsync(token, CancellationToken.None)).Kind);

        var back = await SignUps.StartAsync(signUps, email, null, "Elections");

        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmEmailAsync(back.SignUp.Id, back.EmailConfirmationToken, CancellationToken.None)).Kind);
        Assert.Equal(ContactStatus.Confirmed, (await store.GetAsync(joined.Subscriber.Id, CancellationToken.None))!.EmailStatus);
    }

    [Fact]
    public async Task Stop_everything_ends_a_pause_and_a_sign_up_after_it_starts_unpaused()
    {
        // Trial r36 #4: paused for a day, stopped everything, signed up again: the confirmed page promised a digest the
        // pause then dropped.
        var email = $"optout36-pause-{Guid.NewGuid():N}@example.com";
        var first = await SignUps.StartAsync(signUps, email, null, "Syria");
        var joined = await signUps.ConfirmEmailAsync(first.SignUp.Id, first.EmailConfirmationToken, CancellationToken.None);
        var id = joined.Subscriber!.Id;
        var until = DateTimeOffset.UtcNow.AddDays(1);
        await store.SaveAsync((await store.GetAsync(id, CancellationToken.None))! with { PausedUntil = until }, CancellationToken.None);

        var stopped = await stack.Host.Services.GetRequiredService<SubscriberService>().StopEverythingAsync(id, joined.ManageToken, CancellationToken.None);

        Assert.Equal(SubscriberOutcomeKind.Ok, stopped.Kind);
        Assert.Null((await store.GetAsync(id, CancellationToken.None))!.PausedUntil);

        // A subscriber stopped with a pause kept (stopped before stops ended pauses) starts again unpaused too.
        await store.SaveAsync((await store.GetAsync(id, CancellationToken.None))! with { PausedUntil = until }, CancellationToken.None);
        var back = await SignUps.StartAsync(signUps, email, null, "Elections");
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmEmailAsync(back.SignUp.Id, back.EmailConfirmationToken, CancellationToken.None)).Kind);
        var after = (await store.GetAsync(id, CancellationToken.None))!;
        Assert.Equal((ContactStatus.Confirmed, null), (after.EmailStatus, after.PausedUntil));
    }

    [Fact]
    public async Task A_sign_up_adding_topics_to_a_paused_subscriber_keeps_the_pause()
    {
        // Only a stop ends a pause: a person who paused and adds a topic chose the pause and keeps it.
        var email = $"optout36-keep-{Guid.NewGuid():N}@example.com";
        var first = await SignUps.StartAsync(signUps, email, null, "Syria");
        var id = (await signUps.ConfirmEmailAsync(first.SignUp.Id, first.EmailConfirmationToken, CancellationToken.None)).Subscriber!.Id;
        var until = DateTimeOffset.UtcNow.AddDays(1);
        await store.SaveAsync((await store.GetAsync(id, CancellationToken.None))! with { PausedUntil = until }, CancellationToken.None);

        var more = await SignUps.StartAsync(signUps, email, null, "Elections");
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmEmailAsync(more.SignUp.Id, more.EmailConfirmationToken, CancellationToken.None)).Kind);

        Assert.Equal(until, (await store.GetAsync(id, CancellationToken.None))!.PausedUntil);
    }

    // STOP as a reply through the SMS sink to this host's Twilio webhook (signed as Twilio signs it).
    private async Task StopAsync(string phone)
    {
        using var stop = await sinkClient.PostAsJsonAsync("sink/inbound", new { from = phone, body = "STOP", webhookUrl = new Uri(stack.Host.Client.BaseAddress!, "api/twilio/inbound") });
        Assert.True(stop.IsSuccessStatusCode, await stop.Content.ReadAsStringAsync());
        await Eventually.TrueAsync(
            async () => await stack.Host.Services.GetRequiredService<SuppressionList>().IsSuppressedAsync(Channel.Sms, phone, CancellationToken.None), "the STOP text is applied");
    }

    // The STOP's voids are written after its suppression, in the same webhook request.
    private Task CodeVoidedAsync(string signUpId) =>
        Eventually.TrueAsync(
            async () => (await signUps.FindAsync(signUpId, CancellationToken.None))!.Pending.SmsCodeAttempts >= PendingConfirmations.MaxSmsCodeAttempts, "the STOP voids the code");
}
