namespace NewsAlerts.Integration.Tests.Telemetry;

using System.Diagnostics.Metrics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Testing;

public sealed class Sign_ups_confirmations_refusals_and_provider_states_are_counted(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Signing_up_confirming_tripping_a_limit_and_a_status_callback_show_in_the_counters()
    {
        using var measurements = new HostMeasurements(host.Services.GetRequiredService<IMeterFactory>());
        using var sink = new SmsSinkInbox(fixture.Stack.SmsSink);
        var phone = TestPhones.NewValid();
        var email = $"counted-{Guid.NewGuid():N}@example.com";

        using var first = await Api.PostJsonAsync(host.Client, "api/subscribers", new { email, phone, timeZone = "UTC", topics = new[] { "Syria" } });
        var signUpId = (await Api.BodyAsync(first)).GetProperty("signUpId").GetString();
        var code = Regex.Match((await sink.WaitForAsync(phone, CancellationToken.None))[^1].GetProperty("body").GetString()!, @"\d{6}").Value;
        using var smsConfirmed = await Api.PostJsonAsync(host.Client, $"api/sign-ups/{signUpId}/confirm-sms", new { code });
        using var badLink = await Api.PostJsonAsync(host.Client, $"api/sign-ups/{signUpId}/confirm-email", new { token = "not-a-token" });
        var again = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            // Each with its own address, so none repeats a waiting sign-up (a repeat sends nothing and is not counted).
            using var response = await Api.PostJsonAsync(host.Client, "api/subscribers", new { email = $"again-{i}-{email}", phone, timeZone = "UTC", topics = new[] { "Syria" } });
            again.Add(response.StatusCode);
        }

        using var status = await PostStatusAsync("SM-counted-" + Guid.NewGuid().ToString("N"), "delivered");

        Assert.Equal(HttpStatusCode.OK, smsConfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, badLink.StatusCode);
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], again);
        Assert.Equal(HttpStatusCode.NoContent, status.StatusCode);
        Assert.Equal(3, measurements.Sum("newsalerts.sign_ups"));
        Assert.Equal(3, measurements.Sum("newsalerts.confirmation_messages", (AlertTracing.Channel, "email")));
        Assert.Equal(3, measurements.Sum("newsalerts.confirmation_messages", (AlertTracing.Channel, "sms")));
        Assert.Equal(1, measurements.Sum("newsalerts.confirmations", (AlertTracing.Channel, "sms"), (AlertTracing.Outcome, "confirmed")));
        Assert.Equal(1, measurements.Sum("newsalerts.confirmations", (AlertTracing.Channel, "email"), (AlertTracing.Outcome, "refused")));
        Assert.Equal(1, measurements.Sum("newsalerts.rate_limit.refusals", (SignUpMetrics.LimitName, "contact")));
        Assert.Equal(1, measurements.Sum("newsalerts.ledger.provider_states", (AlertTracing.Channel, "sms"), (SignUpMetrics.LedgerState, "delivered")));
    }

    // A status callback as Twilio (and the SMS sink) sends it: signed with the auth token over the public URL.
    private async Task<HttpResponseMessage> PostStatusAsync(string sid, string state)
    {
        var url = new Uri(host.Client.BaseAddress!, "api/twilio/status");
        KeyValuePair<string, string>[] form = [new("MessageSid", sid), new("MessageStatus", state)];
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioRequestSigner.HeaderName, new TwilioRequestSigner(fixture.Stack.AppSettings["Twilio:AuthToken"]!).Sign(url, form));
        return await host.Client.SendAsync(request);
    }
}
