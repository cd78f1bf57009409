namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.ManageLinks;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// <c>/manage/link</c> through the local host, the <c>manage-links</c> queue on the Service Bus emulator, the Dispatcher's
/// worker and smtp4dev: a signed-up address receives a fresh manage link that opens its preference centre; an unknown
/// address receives nothing and its asker sees the very same answer; the limits count any address alike; a message that
/// is not a request is dead-lettered with a reason. (The host runs the Dispatcher, which consumes the shared queues.)
/// </summary>
[Collection("queues")]
public sealed partial class A_lost_manage_link_is_sent_again_only_to_its_address(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private Smtp4devInbox inbox = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(fixture.Stack, runDispatcher: true, overrides: new Dictionary<string, string?> { ["RateLimits:ForwardedForHops"] = "1" });
        inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);
    }

    public async Task DisposeAsync()
    {
        inbox.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task A_known_address_gets_a_working_link_and_an_unknown_one_gets_nothing_but_the_same_page()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var (known, unknown) = ($"lost-{tag}@example.com", $"nobody-{tag}@example.com");
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest(known, null, "UTC", [($"Lost {tag}", false)], 2));

        var (unknownResponse, unknownPage) = await AskAsync(unknown, NewClient());
        var (knownResponse, knownPage) = await AskAsync(known.ToUpperInvariant(), NewClient());
        Assert.Equal(HttpStatusCode.OK, unknownResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, knownResponse.StatusCode);
        Assert.Equal(unknownPage, knownPage);
        Assert.Contains("If that address is signed up", knownPage, StringComparison.Ordinal);

        // The unknown address was asked for first; by the time the known one has its email, the unknown one's request
        // has long been taken (each is one lookup), and it sent nothing.
        await Eventually.TrueAsync(async () => await inbox.CountAsync(known, CancellationToken.None) == 1, "the fresh link reaches the address");
        var message = (await inbox.ListMessagesAsync(known, CancellationToken.None)).Single();
        Assert.Equal(0, await inbox.CountAsync(unknown, CancellationToken.None));
        var link = new Uri(ManageLink().Match(message.TextBody ?? string.Empty).Value);
        Assert.Equal("/manage", link.AbsolutePath);
        using var opened = await host.Client.GetAsync(new Uri(link.PathAndQuery.TrimStart('/'), UriKind.Relative));
        var preferences = await opened.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains(known, preferences, StringComparison.Ordinal);
        Assert.Contains($"Lost {tag}", preferences, StringComparison.Ordinal);
        Assert.Equal(confirmed.Subscriber.Id, host.Services.GetRequiredService<NewsAlerts.Core.Security.TokenSigner>().Verify(
            System.Web.HttpUtility.ParseQueryString(link.Query)["token"], NewsAlerts.Core.Security.TokenPurpose.Manage)?.SubscriberId);
    }

    [Fact]
    public async Task An_expired_manage_link_offers_the_form_and_a_fourth_ask_for_one_address_waits_a_day()
    {
        using var expired = await host.Client.GetAsync(new Uri("manage?token=not-a-token", UriKind.Relative));
        var expiredPage = await expired.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(PageStrings.ManageLinkNotValidMessage), expiredPage, StringComparison.Ordinal);
        Assert.Contains(HtmlForms.Of(expiredPage), f => f.Action == "/manage/link");

        var (bad, badPage) = await AskAsync("<b>not an address</b>", NewClient());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("href=\"#field-email\"", badPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>not an address", badPage, StringComparison.Ordinal);

        var address = $"nobody-{Guid.NewGuid():N}@example.com";
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await AskAsync(address, NewClient())).Response.StatusCode);
        }

        var (limited, limitedPage) = await AskAsync(address, NewClient());
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromHours(24), limited.Headers.RetryAfter?.Delta);
        // A wait of hours is not "a moment", and the way back is the form they came from, not the sign-up page.
        Assert.Contains(WebUtility.HtmlEncode(PageStrings.TooManyLaterTitle), limitedPage, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/manage/link?lang=en\">{WebUtility.HtmlEncode(PageStrings.BackToManageLink)}</a>", limitedPage, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.BackToSignUp, limitedPage, StringComparison.Ordinal);
        Assert.Contains("Use the link we already sent you", WebUtility.HtmlDecode(limitedPage), StringComparison.Ordinal);
        Assert.DoesNotContain("came from here", WebUtility.HtmlDecode(limitedPage), StringComparison.Ordinal);

        using var forged = new HttpRequestMessage(HttpMethod.Post, "manage/link") { Content = new FormUrlEncodedContent([new("email", address)]) };
        forged.Headers.Add("Origin", "https://elsewhere.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client.SendAsync(forged)).StatusCode);
    }

    [Fact]
    public async Task A_message_that_is_not_a_request_is_dead_lettered_with_a_reason_that_does_not_repeat_it()
    {
        var messageId = Guid.NewGuid().ToString("N");
        await using var serviceBus = new ServiceBusClient(fixture.Stack.ServiceBusConnectionString);
        await using (var sender = serviceBus.CreateSender(ManageLinkMessage.Queue))
        {
            await sender.SendMessageAsync(new ServiceBusMessage("""{"email":"Someone@EXAMPLE.com"}""") { MessageId = messageId });
        }

        await using var deadLetters = serviceBus.CreateReceiver(ManageLinkMessage.Queue, new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter });
        ServiceBusReceivedMessage? dead = null;
        await Eventually.TrueAsync(async () =>
        {
            dead = (await deadLetters.ReceiveMessagesAsync(50, TimeSpan.FromMilliseconds(200))).FirstOrDefault(m => m.MessageId == messageId);
            if (dead is not null)
            {
                await deadLetters.CompleteMessageAsync(dead);
            }

            return dead is not null;
        }, "the malformed request is dead-lettered");

        Assert.Equal(ManageLinkSettlement.MalformedRequest, dead!.DeadLetterReason);
        Assert.Contains("canonical form", dead.DeadLetterErrorDescription, StringComparison.Ordinal);
        Assert.DoesNotContain("Someone", dead.DeadLetterErrorDescription, StringComparison.OrdinalIgnoreCase);
    }

    private static string NewClient() => $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}::1";

    private async Task<(HttpResponseMessage Response, string Html)> AskAsync(string email, string client)
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("manage/link", UriKind.Relative))).Single(f => f.Action == "/manage/link");
        return await HtmlForms.PostAsync(host.Client, form, [new("email", email)], from: client);
    }

    [GeneratedRegex(@"https?://\S+/manage\?token=\S+")]
    private static partial Regex ManageLink();
}
