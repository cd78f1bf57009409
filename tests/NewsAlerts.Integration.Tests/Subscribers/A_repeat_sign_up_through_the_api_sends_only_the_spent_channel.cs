namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsAlerts.SmsSink;
using NewsAlerts.Testing;

/// <summary>
/// Trial s42 A through <c>POST /api/subscribers</c>: the same sign-up sent again is decided per channel. A code tried
/// out is texted anew while the emailed link, still good, is kept (no email, the address's allowance not spent); the
/// mirror, a link that never went out (the SMTP server refused it) while the code went, emails a link and keeps the
/// code; and a code the SMS sink refused (503) is texted when the sign-up comes again, where the repeat used to send
/// nothing. Each is answered with the same sign-up. Real smtp4dev (behind a proxy that can refuse) and the real SMS sink.
/// </summary>
public sealed class A_repeat_sign_up_through_the_api_sends_only_the_spent_channel(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private SmtpFaultProxy smtp = null!;
    private HostedStack stack = null!;
    private HttpClient sinkApi = null!;

    public async Task InitializeAsync()
    {
        smtp = new SmtpFaultProxy(fixture.Stack.SmtpPort);
        var settings = TestFunctionHost.ContactLimitSettings(perContact: 2);
        settings["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        stack = await HostedStack.StartAsync(fixture.Stack, overrides: settings);
        sinkApi = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
    }

    public async Task DisposeAsync()
    {
        sinkApi.Dispose();
        await stack.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task A_code_tried_out_is_texted_again_alone_and_the_address_keeps_its_allowance()
    {
        var (email, phone) = ($"de1-{Guid.NewGuid():N}@example.org", TestPhones.NewValid());
        var (_, first) = await SignUpAsync(email, phone);
        var id = first.GetProperty("signUpId").GetString()!;
        await stack.Inbox.WaitForAsync(email, CancellationToken.None);
        var code = await TextedCodes.NthAsync(stack.Sink, phone, 1);
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 6; i++)
        {
            using var refused = await Api.PostJsonAsync(stack.Host.Client, $"api/sign-ups/{id}/confirm-sms", new { code = wrong });
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var (status, again) = await SignUpAsync(email, phone);

        Assert.True(status == HttpStatusCode.Accepted, $"{status}: {again}");
        Assert.Equal(id, again.GetProperty("signUpId").GetString());
        Assert.Equal(["email", "sms"], again.GetProperty("pending").EnumerateArray().Select(p => p.GetString()));
        Assert.Empty(again.GetProperty("notSent").EnumerateArray());
        var fresh = await TextedCodes.NthAsync(stack.Sink, phone, 2);
        Assert.Equal(1, await stack.Inbox.CountAsync(email, CancellationToken.None));

        // The repeat spent nothing of the address's allowance (2): a link sent again alone still goes.
        using (var resent = await Api.PostJsonAsync(stack.Host.Client, $"api/sign-ups/{id}/resend", new { channel = "email" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        }

        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(email, CancellationToken.None) == 2, "the link sent again arrives");
        using var confirmed = await Api.PostJsonAsync(stack.Host.Client, $"api/sign-ups/{id}/confirm-sms", new { code = fresh });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    [Fact]
    public async Task A_link_the_smtp_server_refused_is_emailed_when_the_sign_up_comes_again_and_the_code_is_kept()
    {
        var (email, phone) = ($"unsent-{Guid.NewGuid():N}@example.org", TestPhones.NewValid());
        smtp.Refusing = true;
        HttpStatusCode status;
        JsonElement first;
        try
        {
            (status, first) = await SignUpAsync(email, phone);
        }
        finally
        {
            smtp.Refusing = false;
        }

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal(["email"], first.GetProperty("notSent").EnumerateArray().Select(p => p.GetString()));
        var code = await TextedCodes.NthAsync(stack.Sink, phone, 1);

        var (_, again) = await SignUpAsync(email, phone);

        Assert.Equal(first.GetProperty("signUpId").GetString(), again.GetProperty("signUpId").GetString());
        Assert.Empty(again.GetProperty("notSent").EnumerateArray());
        var link = await stack.Inbox.WaitForAsync(email, CancellationToken.None);
        Assert.Single(await stack.Sink.MessagesToAsync(phone, CancellationToken.None)); // the code that went is kept
        using (var byCode = await Api.PostJsonAsync(stack.Host.Client, $"api/sign-ups/{again.GetProperty("signUpId").GetString()}/confirm-sms", new { code }))
        {
            Assert.Equal(HttpStatusCode.OK, byCode.StatusCode);
        }

        using var byLink = await stack.Host.Client.PostAsync(SentLinks.ConfirmApiOf(link.TextBody), null);
        Assert.Equal(HttpStatusCode.OK, byLink.StatusCode);
    }

    [Fact]
    public async Task A_code_the_sms_sink_refused_is_texted_when_the_sign_up_comes_again_and_the_link_is_kept()
    {
        var (email, phone) = ($"unsent-{Guid.NewGuid():N}@example.org", TestPhones.NewValid());
        // More faults than the confirmation's retries: the text does not go out, then the sink is mended.
        (await sinkApi.PostAsJsonAsync("sink/faults", new SinkFault(503, 50, To: phone))).EnsureSuccessStatusCode();
        JsonElement first;
        try
        {
            (_, first) = await SignUpAsync(email, phone);
        }
        finally
        {
            (await sinkApi.DeleteAsync(new Uri($"sink/faults?to={Uri.EscapeDataString(phone)}", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        Assert.Equal(["sms"], first.GetProperty("notSent").EnumerateArray().Select(p => p.GetString()));
        var link = await stack.Inbox.WaitForAsync(email, CancellationToken.None);

        var (_, again) = await SignUpAsync(email, phone);

        var id = again.GetProperty("signUpId").GetString();
        Assert.Equal(first.GetProperty("signUpId").GetString(), id);
        Assert.Empty(again.GetProperty("notSent").EnumerateArray());
        var code = await TextedCodes.NthAsync(stack.Sink, phone, 1);
        Assert.Equal(1, await stack.Inbox.CountAsync(email, CancellationToken.None));
        using (var byLink = await stack.Host.Client.PostAsync(SentLinks.ConfirmApiOf(link.TextBody), null))
        {
            Assert.Equal(HttpStatusCode.OK, byLink.StatusCode);
        }

        using var byCode = await Api.PostJsonAsync(stack.Host.Client, $"api/sign-ups/{id}/confirm-sms", new { code });
        Assert.Equal(HttpStatusCode.OK, byCode.StatusCode);
    }

    // The trial's choices: topic Ukraine, time zone America/St_Johns, German.
    private async Task<(HttpStatusCode Status, JsonElement Body)> SignUpAsync(string email, string phone)
    {
        using var response = await Api.PostJsonAsync(
            stack.Host.Client, "api/subscribers", new { email, phone, timeZone = "America/St_Johns", topics = new[] { "Ukraine" }, language = "de" });
        return (response.StatusCode, await Api.BodyAsync(response));
    }
}
