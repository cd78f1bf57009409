namespace NewsAlerts.Integration.Tests.Delivery;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16 (stop 33, left 3): Twilio reports a carrier opt-out (error 21610, the number replied STOP at the carrier)
/// in the status callback too, and that was only written to the ledger: the number stayed unsuppressed and its codes
/// kept confirming. Now it is an opt-out like the same error on send: suppressed with the carrier's reason through
/// <see cref="SuppressionList.SuppressAsync"/> (codes voided), texts disabled for the subscriber. Through the host's
/// callback endpoint, signed as Twilio signs it; sign-ups and codes through the API and the SMS sink; Table storage on Azurite.
/// </summary>
public sealed class A_carrier_opt_out_reported_by_a_status_callback_suppresses_the_number(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private SmsSinkInbox sink = null!;

    private SuppressionList Suppressions => host.Services.GetRequiredService<SuppressionList>();

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(fixture.Stack);
        sink = new SmsSinkInbox(fixture.Stack.SmsSink);
    }

    public async Task DisposeAsync()
    {
        sink.Dispose();
        await host.DisposeAsync();
    }

    [Theory]
    [InlineData("undelivered")]
    [InlineData("failed")]
    public async Task A_confirmed_number_reported_opted_out_is_suppressed_for_the_carrier_and_disabled(string messageStatus)
    {
        var phone = TestPhones.NewValid();
        var (signUpId, code) = await SignUpAsync(phone);
        using var confirmed = await Api.PostJsonAsync(host.Client, $"api/sign-ups/{signUpId}/confirm-sms", new { code });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        using var status = await PostStatusAsync(phone, messageStatus, "21610");

        Assert.Equal(HttpStatusCode.NoContent, status.StatusCode);
        Assert.Equal(SuppressionReason.ProviderOptOut, await Suppressions.ReasonAsync(Channel.Sms, phone, CancellationToken.None));
        var store = host.Services.GetRequiredService<ISubscriberStore>();
        var subscriber = await store.GetAsync((await store.FindIdByPhoneAsync(phone, CancellationToken.None))!, CancellationToken.None);
        Assert.Equal(ContactStatus.Disabled, subscriber!.SmsStatus);
    }

    // Trial r35 #4: Twilio's 21610 is the person's STOP at the carrier, and START lifts it there; START from the number
    // brings texts back here too (the suppression lifted and the number confirmed again), as after a STOP texted to us.
    [Fact]
    public async Task START_after_a_carrier_opt_out_brings_texts_back()
    {
        var phone = await ConfirmedNumberAsync();
        using var status = await PostStatusAsync(phone, "undelivered", "21610");
        Assert.Equal(HttpStatusCode.NoContent, status.StatusCode);
        Assert.Equal(ContactStatus.Disabled, await SmsStatusAsync(phone));

        using var sinkClient = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
        using var reply = await sinkClient.PostAsJsonAsync(
            "sink/inbound", new { from = phone, body = "START", webhookUrl = new Uri(host.Client.BaseAddress!, "api/twilio/inbound") });
        Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync());

        Assert.False(await Suppressions.IsSuppressedAsync(Channel.Sms, phone, CancellationToken.None));
        Assert.Equal(ContactStatus.Confirmed, await SmsStatusAsync(phone));
    }

    // Issue 16 review: why a number was disabled is recorded (the carrier's opt-out as the suppression's reason, which
    // START reads; an unusable number suppresses nothing), so START brings back only a carrier opt-out: a number that
    // cannot receive texts (30005, no such number) stays disabled until the person adds a number again.
    [Theory]
    [InlineData("30005")]
    [InlineData("21211")]
    public async Task START_after_a_number_was_found_unusable_does_not_bring_texts_back(string errorCode)
    {
        var phone = await ConfirmedNumberAsync();
        using var status = await PostStatusAsync(phone, "failed", errorCode);
        Assert.Equal(HttpStatusCode.NoContent, status.StatusCode);
        Assert.Equal(ContactStatus.Disabled, await SmsStatusAsync(phone));

        using var sinkClient = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
        using var reply = await sinkClient.PostAsJsonAsync(
            "sink/inbound", new { from = phone, body = "START", webhookUrl = new Uri(host.Client.BaseAddress!, "api/twilio/inbound") });
        Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync());

        Assert.Equal(ContactStatus.Disabled, await SmsStatusAsync(phone));
    }

    // Review of s35: STOP set any number to opted out, and START brings an opted-out number back confirmed, so a number
    // still waiting for its code (a subscriber's pending number) came back confirmed without its code. It stays waiting.
    [Fact]
    public async Task STOP_then_START_never_confirms_a_number_still_waiting_for_its_code()
    {
        var phone = TestPhones.NewValid();
        var store = host.Services.GetRequiredService<ISubscriberStore>();
        await store.SaveAsync(
            new Subscriber(Core.Identity.SortableId.New(DateTimeOffset.UtcNow), null, ContactStatus.None, phone, ContactStatus.Pending, "UTC", [], 1, DateTimeOffset.UtcNow),
            CancellationToken.None);
        Assert.Equal(ContactStatus.Pending, await SmsStatusAsync(phone));

        using var sinkClient = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
        foreach (var keyword in new[] { "STOP", "START" })
        {
            using var reply = await sinkClient.PostAsJsonAsync(
                "sink/inbound", new { from = phone, body = keyword, webhookUrl = new Uri(host.Client.BaseAddress!, "api/twilio/inbound") });
            Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync());
            Assert.Equal(ContactStatus.Pending, await SmsStatusAsync(phone));
        }

        Assert.False(await Suppressions.IsSuppressedAsync(Channel.Sms, phone, CancellationToken.None));
    }

    [Fact]
    public async Task A_code_waiting_for_a_number_reported_opted_out_no_longer_confirms()
    {
        var phone = TestPhones.NewValid();
        var (signUpId, code) = await SignUpAsync(phone);

        using var status = await PostStatusAsync(phone, "undelivered", "21610");
        using var late = await Api.PostJsonAsync(host.Client, $"api/sign-ups/{signUpId}/confirm-sms", new { code });

        Assert.Equal(HttpStatusCode.NoContent, status.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
        Assert.True(await Suppressions.IsSuppressedAsync(Channel.Sms, phone, CancellationToken.None));
    }

    [Theory]
    [InlineData("undelivered", "30003")] // unreachable handset: not the person's refusal
    [InlineData("delivered", "")]
    [InlineData("sent", "21610")] // not a final state: nothing is decided on it
    public async Task Other_statuses_suppress_nothing(string messageStatus, string errorCode)
    {
        var phone = TestPhones.NewValid();

        using var status = await PostStatusAsync(phone, messageStatus, errorCode);

        Assert.Equal(HttpStatusCode.NoContent, status.StatusCode);
        Assert.False(await Suppressions.IsSuppressedAsync(Channel.Sms, phone, CancellationToken.None));
    }

    [Theory]
    [InlineData("undelivered", "30004")] // message blocked
    [InlineData("undelivered", "30005")] // no such number
    [InlineData("failed", "30006")] // a landline
    public async Task A_confirmed_number_that_cannot_receive_texts_is_disabled_not_suppressed(string messageStatus, string errorCode)
    {
        var phone = await ConfirmedNumberAsync();

        using var status = await PostStatusAsync(phone, messageStatus, errorCode);

        Assert.Equal(HttpStatusCode.NoContent, status.StatusCode);
        Assert.False(await Suppressions.IsSuppressedAsync(Channel.Sms, phone, CancellationToken.None));
        Assert.Equal(ContactStatus.Disabled, await SmsStatusAsync(phone));
    }

    [Theory]
    [InlineData("undelivered", "30003")] // the handset is away for now
    [InlineData("undelivered", "30007")] // our content was filtered
    public async Task A_confirmed_number_whose_message_failed_for_now_or_for_our_content_stays_enabled(string messageStatus, string errorCode)
    {
        var phone = await ConfirmedNumberAsync();

        using var status = await PostStatusAsync(phone, messageStatus, errorCode);

        Assert.Equal(HttpStatusCode.NoContent, status.StatusCode);
        Assert.Equal(ContactStatus.Confirmed, await SmsStatusAsync(phone));
    }

    [Theory]
    [InlineData(null, "21610")]
    [InlineData("not a number", "21610")]
    [InlineData(null, "30005")]
    public async Task A_decision_about_a_number_without_the_number_is_refused_naming_To(string? to, string errorCode)
    {
        using var status = await PostStatusAsync(to, "undelivered", errorCode);

        Assert.Equal(HttpStatusCode.BadRequest, status.StatusCode);
        Assert.Equal("application/problem+json", status.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await status.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("To", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a number")]
    public async Task An_opt_out_without_a_number_is_refused_naming_To(string? to)
    {
        using var status = await PostStatusAsync(to, "undelivered", "21610");

        Assert.Equal(HttpStatusCode.BadRequest, status.StatusCode);
        Assert.Equal("application/problem+json", status.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await status.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("To", out _));
    }

    // Issue 16 review: a late callback was matched by the number's holder now, so a number that changed hands between the
    // send and the callback disabled (or suppressed) its new holder. It is matched by the message's MessageSid through the
    // delivery ledger: the old holder's message says nothing about the new holder.
    [Theory]
    [InlineData("21610")] // opted out at the carrier
    [InlineData("30005")] // no such number
    public async Task A_late_callback_for_a_number_that_changed_hands_leaves_its_new_holder_alone(string errorCode)
    {
        var phone = TestPhones.NewValid();
        var store = host.Services.GetRequiredService<ISubscriberStore>();
        var a = new Subscriber(Core.Identity.SortableId.New(DateTimeOffset.UtcNow), null, ContactStatus.None, phone, ContactStatus.Confirmed, "UTC", [], 1, DateTimeOffset.UtcNow);
        await store.SaveAsync(a, CancellationToken.None);
        var sid = "SM" + Guid.NewGuid().ToString("N");
        var ledger = host.Services.GetRequiredService<Core.Dispatch.IDeliveryLedger>();
        var articleId = $"urn:test:moved:{Guid.NewGuid():N}";
        await ledger.ClaimAsync(articleId, Channel.Sms, [a.Id], CancellationToken.None);
        await ledger.RecordAsync(articleId, Channel.Sms, [new Core.Dispatch.LedgerRecord(a.Id, Core.Dispatch.LedgerState.Sent, sid, null)], CancellationToken.None);
        Assert.Equal(a.Id, (await ledger.RecipientOfAsync(sid, CancellationToken.None)).SubscriberId);

        // The number moves from A to B before Twilio's callback for A's message arrives.
        await store.SaveAsync(a with { Phone = TestPhones.NewValid() }, CancellationToken.None);
        var b = new Subscriber(Core.Identity.SortableId.New(DateTimeOffset.UtcNow), null, ContactStatus.None, phone, ContactStatus.Confirmed, "UTC", [], 1, DateTimeOffset.UtcNow);
        await store.SaveAsync(b, CancellationToken.None);

        using var status = await PostStatusAsync(phone, "undelivered", errorCode, sid);

        Assert.Equal(HttpStatusCode.NoContent, status.StatusCode);
        Assert.Equal(ContactStatus.Confirmed, (await store.GetAsync(b.Id, CancellationToken.None))!.SmsStatus);
        Assert.False(await Suppressions.IsSuppressedAsync(Channel.Sms, phone, CancellationToken.None));
        Assert.Equal(Core.Dispatch.LedgerState.Failed, await ledger.GetStateAsync(articleId, a.Id, Channel.Sms, CancellationToken.None));
    }

    // Review of s36: erasing A deleted the links of A's MessageSids, so a late callback for A's text was "unknown to the
    // ledger" and acted on the number's holder now: B, given the same number after A left. Erasure leaves a mark (no
    // personal data) that the message went to someone erased, and the callback acts on nobody.
    [Theory]
    [InlineData("21610")] // opted out at the carrier
    [InlineData("30005")] // no such number
    public async Task A_late_callback_for_an_erased_subscribers_text_leaves_the_numbers_next_holder_alone(string errorCode)
    {
        var phone = TestPhones.NewValid();
        var signUps = host.Services.GetRequiredService<Core.SignUps.SignUpService>();
        var ledger = host.Services.GetRequiredService<Core.Dispatch.IDeliveryLedger>();
        var a = await ConfirmedByPhoneAsync(signUps, phone);
        var sid = "SM" + Guid.NewGuid().ToString("N");
        var articleId = $"urn:test:erased:{Guid.NewGuid():N}";
        await ledger.ClaimAsync(articleId, Channel.Sms, [a.Subscriber!.Id], CancellationToken.None);
        await ledger.RecordAsync(articleId, Channel.Sms, [new Core.Dispatch.LedgerRecord(a.Subscriber.Id, Core.Dispatch.LedgerState.Sent, sid, null)], CancellationToken.None);

        using (var erased = await host.Client.DeleteAsync(new Uri($"api/subscribers/{a.Subscriber.Id}?token={Uri.EscapeDataString(a.ManageToken!)}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        }

        Assert.Equal(Core.Dispatch.MessageRecipient.Gone, await ledger.RecipientOfAsync(sid, CancellationToken.None));
        var b = await ConfirmedByPhoneAsync(signUps, phone);

        using var status = await PostStatusAsync(phone, "undelivered", errorCode, sid);

        Assert.Equal(HttpStatusCode.NoContent, status.StatusCode);
        var store = host.Services.GetRequiredService<ISubscriberStore>();
        Assert.Equal(ContactStatus.Confirmed, (await store.GetAsync(b.Subscriber!.Id, CancellationToken.None))!.SmsStatus);
        Assert.False(await Suppressions.IsSuppressedAsync(Channel.Sms, phone, CancellationToken.None));
        // Nothing of A came back: no ledger row, and the callback left no row keyed by the MessageSid.
        Assert.Null(await ledger.GetStateAsync(articleId, a.Subscriber.Id, Channel.Sms, CancellationToken.None));
        Assert.Equal(Core.Dispatch.MessageRecipient.Gone, await ledger.RecipientOfAsync(sid, CancellationToken.None));
    }

    private static async Task<Core.SignUps.SignUpOutcome> ConfirmedByPhoneAsync(Core.SignUps.SignUpService signUps, string phone)
    {
        var started = await signUps.SignUpAsync(new SubscriberRequest(null, phone, "UTC", [("Syria", false)], Subscriber.DefaultSmsMaxUrgency), CancellationToken.None);
        var confirmed = await signUps.ConfirmSmsAsync(started.SignUp.Id, started.SmsCode, CancellationToken.None);
        Assert.Equal(Core.SignUps.SignUpOutcomeKind.Confirmed, confirmed.Kind);
        return confirmed;
    }

    // The same callback while A still holds the number acts on A, found by the MessageSid.
    [Fact]
    public async Task A_callback_for_a_number_its_recipient_still_holds_disables_the_recipient()
    {
        var phone = TestPhones.NewValid();
        var store = host.Services.GetRequiredService<ISubscriberStore>();
        var a = new Subscriber(Core.Identity.SortableId.New(DateTimeOffset.UtcNow), null, ContactStatus.None, phone, ContactStatus.Confirmed, "UTC", [], 1, DateTimeOffset.UtcNow);
        await store.SaveAsync(a, CancellationToken.None);
        var sid = "SM" + Guid.NewGuid().ToString("N");
        var ledger = host.Services.GetRequiredService<Core.Dispatch.IDeliveryLedger>();
        var articleId = $"urn:test:held:{Guid.NewGuid():N}";
        await ledger.ClaimAsync(articleId, Channel.Sms, [a.Id], CancellationToken.None);
        await ledger.RecordAsync(articleId, Channel.Sms, [new Core.Dispatch.LedgerRecord(a.Id, Core.Dispatch.LedgerState.Sent, sid, null)], CancellationToken.None);

        using var status = await PostStatusAsync(phone, "undelivered", "21610", sid);

        Assert.Equal(HttpStatusCode.NoContent, status.StatusCode);
        Assert.Equal(ContactStatus.Disabled, (await store.GetAsync(a.Id, CancellationToken.None))!.SmsStatus);
        Assert.Equal(SuppressionReason.ProviderOptOut, await Suppressions.ReasonAsync(Channel.Sms, phone, CancellationToken.None));
    }

    private async Task<string> ConfirmedNumberAsync()
    {
        var phone = TestPhones.NewValid();
        var (signUpId, code) = await SignUpAsync(phone);
        using var confirmed = await Api.PostJsonAsync(host.Client, $"api/sign-ups/{signUpId}/confirm-sms", new { code });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return phone;
    }

    private async Task<ContactStatus> SmsStatusAsync(string phone)
    {
        var store = host.Services.GetRequiredService<ISubscriberStore>();
        return (await store.GetAsync((await store.FindIdByPhoneAsync(phone, CancellationToken.None))!, CancellationToken.None))!.SmsStatus;
    }

    private async Task<(string SignUpId, string Code)> SignUpAsync(string phone)
    {
        using var started = await Api.PostJsonAsync(host.Client, "api/subscribers", new { phone, timeZone = "UTC", topics = new[] { "Syria" } });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var signUpId = (await Api.BodyAsync(started)).GetProperty("signUpId").GetString()!;
        var code = TextedCodes.Of((await sink.WaitForAsync(phone, CancellationToken.None))[^1]);
        return (signUpId, code);
    }

    // A status callback as Twilio sends it: signed with the auth token over the public URL.
    private async Task<HttpResponseMessage> PostStatusAsync(string? to, string state, string errorCode, string? sid = null)
    {
        var url = new Uri(host.Client.BaseAddress!, "api/twilio/status");
        List<KeyValuePair<string, string>> form = [new("MessageSid", sid ?? "SM-optout-" + Guid.NewGuid().ToString("N")), new("MessageStatus", state)];
        if (errorCode.Length > 0)
        {
            form.Add(new("ErrorCode", errorCode));
        }

        if (to is not null)
        {
            form.Add(new("To", to));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioRequestSigner.HeaderName, new TwilioRequestSigner(fixture.Stack.AppSettings["Twilio:AuthToken"]!).Sign(url, form));
        return await host.Client.SendAsync(request);
    }
}
