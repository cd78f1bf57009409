namespace NewsAlerts.Integration.Tests.Delivery;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

[Collection("queues")]
public sealed partial class A_subscriber_confirms_receives_and_stops(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    // New sign-ups get a daily digest unless they choose; this one chooses every email at once, as the test expects.
    private static readonly object AsItHappens = new { email = new { frequency = "immediate" } };

    private HostedStack stack = null!;
    private HttpClient sinkClient = null!;

    public async Task InitializeAsync()
    {
        stack = await HostedStack.StartAsync(fixture.Stack, runDispatcher: true);
        sinkClient = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
    }

    public async Task DisposeAsync()
    {
        sinkClient.Dispose();
        await stack.DisposeAsync();
    }

    [Fact]
    public async Task Sign_up_confirm_by_link_and_code_get_alerts_then_one_click_unsubscribe_and_STOP_end_them()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var email = $"journey-{tag}@example.com";
        var phone = TestPhones.NewValid();
        using var created = await Api.PostJsonAsync(stack.Host.Client, "api/subscribers", new { email, phone, timeZone = "Europe/London", topics = new[] { "Syria" }, preferences = AsItHappens });
        var body = await Api.BodyAsync(created);
        Assert.True(created.StatusCode == HttpStatusCode.Accepted, body.ToString());
        var signUpId = body.GetProperty("signUpId").GetString()!;

        // The confirmation email links the confirm page, whose GET shows a button; the API confirms its token.
        var confirmation = await stack.Inbox.WaitForAsync(email, CancellationToken.None);
        var link = new Uri(LinkPattern().Match(confirmation.TextBody ?? string.Empty).Value);
        using var page = await stack.Host.Client.GetAsync(link);
        using var confirmed = await stack.Host.Client.PostAsync(SentLinks.ConfirmApiOf(confirmation.TextBody), null);
        Assert.Contains("<form method=\"post\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var id = (await Api.BodyAsync(confirmed)).GetProperty("subscriber").GetProperty("id").GetString()!;

        // Confirm the number with the code from the SMS.
        var code = TextedCodes.Of((await stack.Sink.WaitForAsync(phone, CancellationToken.None))[0]);
        using var smsConfirmed = await Api.PostJsonAsync(stack.Host.Client, $"api/sign-ups/{signUpId}/confirm-sms", new { code });
        var smsAnswer = (await Api.BodyAsync(smsConfirmed)).GetProperty("subscriber");
        Assert.Equal("Confirmed", smsAnswer.GetProperty("smsStatus").GetString());
        Assert.Equal(id, smsAnswer.GetProperty("id").GetString());

        // A breaking story arrives by both channels.
        await Editor.PublishAsync(stack.Host, Editor.SampleArticle($"urn:test:{tag}:1", urgency: 1));
        // Confirmation, manage link, alert.
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(email, CancellationToken.None) == 3, "the alert email arrives");
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count == 2, "the alert SMS arrives");

        // One-click unsubscribe as a mail client does it (RFC 8058), and STOP by SMS.
        var alert = (await stack.Inbox.ListMessagesAsync(email, CancellationToken.None)).Single(m => m.Headers.Contains("List-Unsubscribe"));
        var unsubscribe = new Uri(alert.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        using var oneClick = await stack.Host.Client.PostAsync(unsubscribe, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        using var stop = await sinkClient.PostAsJsonAsync("sink/inbound", new { from = phone, body = "STOP" });
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);

        var after = await stack.Host.Services.GetRequiredService<ISubscriberStore>().GetAsync(id, CancellationToken.None);
        Assert.Equal(ContactStatus.OptedOut, after!.EmailStatus);
        Assert.Equal(ContactStatus.OptedOut, after.SmsStatus);

        // The next story reaches nobody by either channel.
        var reach = (await Editor.PublishAsync(stack.Host, Editor.SampleArticle($"urn:test:{tag}:2", urgency: 1), dryRun: true)).GetProperty("reach");
        Assert.Equal(1, reach.GetProperty("matchedSubscribers").GetInt32());
        Assert.Equal(0, reach.GetProperty("emailAlerts").GetInt32());
        Assert.Equal(0, reach.GetProperty("smsAlerts").GetInt32());
    }

    [Fact]
    public async Task Webhooks_without_a_valid_twilio_signature_are_refused()
    {
        using var unsigned = await stack.Host.Client.PostAsync(new Uri("api/twilio/inbound", UriKind.Relative),
            new FormUrlEncodedContent([new("From", "+447400123456"), new("Body", "STOP")]));
        using var forged = new HttpRequestMessage(HttpMethod.Post, "api/twilio/status")
        {
            Content = new FormUrlEncodedContent([new("MessageSid", "SM00"), new("MessageStatus", "delivered")]),
        };
        forged.Headers.Add("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl");
        using var forgedResponse = await stack.Host.Client.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forgedResponse.StatusCode);
    }

    [Fact]
    public async Task HELP_and_INFO_are_answered_with_the_service_how_to_stop_and_the_contact_address()
    {
        foreach (var word in new[] { "help", " INFO! " })
        {
            using var help = await sinkClient.PostAsJsonAsync("sink/inbound", new { from = "+447400000001", body = word, webhookUrl = new Uri(stack.Host.Client.BaseAddress!, "api/twilio/inbound") });

            var answer = (await Api.BodyAsync(help)).GetProperty("webhookBody").GetString() ?? string.Empty;
            Assert.Contains("NewsAlerts", answer, StringComparison.Ordinal);
            Assert.Contains("Reply STOP", answer, StringComparison.Ordinal);
            Assert.Contains(fixture.Stack.AppSettings["Alerts:ContactAddress"]!, answer, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"http://\S+/confirm\?signUp=\S+")]
    private static partial Regex LinkPattern();
}
