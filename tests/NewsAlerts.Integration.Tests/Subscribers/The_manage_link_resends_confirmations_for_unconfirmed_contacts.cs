namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Testing;

/// <summary>
/// <c>POST /api/subscribers/{id}/resend</c> with the manage token: a fresh confirmation email and code for the
/// subscriber's unconfirmed contacts, each resend voiding the link and code before it; confirming joins this subscriber.
/// </summary>
public sealed class The_manage_link_resends_confirmations_for_unconfirmed_contacts(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task Each_resend_voids_the_last_link_and_code_and_the_new_ones_confirm_the_same_subscriber()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var address = $"pending-{tag}@example.com";
        var phone = TestPhones.NewValid();
        var subscriber = new Subscriber(
            $"s{tag}", address, ContactStatus.Pending, phone, ContactStatus.Pending, "UTC", [new Topic("t1", "Syria", false)],
            Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UtcNow);
        await stack.Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        var token = stack.Host.Services.GetRequiredService<TokenSigner>().Issue(TokenPurpose.Manage, subscriber.Id, TimeSpan.FromHours(1));

        using (var anonymous = await stack.Host.Client.PostAsync(new Uri($"api/subscribers/{subscriber.Id}/resend", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        }

        var signUpId = await ResendAsync(subscriber.Id, token);
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(address, CancellationToken.None) == 1, "the first confirmation email arrives");
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count == 1, "the first code arrives");
        var oldLink = (await LinksAsync(address)).Single();
        var oldCode = (await CodesAsync(phone)).Single();

        Assert.Equal(signUpId, await ResendAsync(subscriber.Id, token));
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(address, CancellationToken.None) == 2, "the second confirmation email arrives");
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count == 2, "the second code arrives");
        var newLink = (await LinksAsync(address)).Single(l => l != oldLink);
        var newCode = (await CodesAsync(phone)).Single(c => c != oldCode);

        using (var old = await stack.Host.Client.PostAsync(new Uri(oldLink), null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
        }

        using (var old = await Api.PostJsonAsync(stack.Host.Client, $"api/sign-ups/{signUpId}/confirm-sms", new { code = oldCode }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
        }

        using (var confirmed = await stack.Host.Client.PostAsync(new Uri(newLink), null))
        {
            var body = await Api.BodyAsync(confirmed);
            Assert.True(confirmed.StatusCode == HttpStatusCode.OK, body.ToString());
            Assert.Equal(subscriber.Id, body.GetProperty("subscriber").GetProperty("id").GetString());
        }

        using (var confirmed = await Api.PostJsonAsync(stack.Host.Client, $"api/sign-ups/{signUpId}/confirm-sms", new { code = newCode }))
        {
            var body = await Api.BodyAsync(confirmed);
            Assert.True(confirmed.StatusCode == HttpStatusCode.OK, body.ToString());
            Assert.Equal(subscriber.Id, body.GetProperty("subscriber").GetProperty("id").GetString());
        }

        var stored = await stack.Host.Services.GetRequiredService<ISubscriberStore>().GetAsync(subscriber.Id, CancellationToken.None);
        Assert.Equal((ContactStatus.Confirmed, ContactStatus.Confirmed), (stored!.EmailStatus, stored.SmsStatus));
        using var nothingLeft = await stack.Host.Client.PostAsync(new Uri($"api/subscribers/{subscriber.Id}/resend?token={Uri.EscapeDataString(token)}", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, nothingLeft.StatusCode);
        Assert.Equal("application/problem+json", nothingLeft.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    // A number disabled because its carrier opted it out (Twilio 21610) is suppressed like a STOP: the resend must not
    // text it a code, while the address still gets its link.
    public async Task A_number_its_carrier_opted_out_gets_no_code_from_the_manage_link()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var address = $"carrier-{tag}@example.com";
        var phone = TestPhones.NewValid();
        var subscriber = new Subscriber(
            $"s{tag}", address, ContactStatus.Pending, phone, ContactStatus.Disabled, "UTC", [new Topic("t1", "Syria", false)],
            Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UtcNow);
        await stack.Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        await stack.Host.Services.GetRequiredService<SuppressionList>().SuppressAsync(Channel.Sms, phone, SuppressionReason.ProviderOptOut, CancellationToken.None);
        var token = stack.Host.Services.GetRequiredService<TokenSigner>().Issue(TokenPurpose.Manage, subscriber.Id, TimeSpan.FromHours(1));

        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/subscribers/{subscriber.Id}/resend");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await stack.Host.Client.SendAsync(request);
        var body = await Api.BodyAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body.ToString());
        Assert.Equal(["email"], body.GetProperty("pending").EnumerateArray().Select(p => p.GetString()));
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(address, CancellationToken.None) == 1, "the confirmation email arrives");
        Assert.Empty(await stack.Sink.MessagesToAsync(phone, CancellationToken.None));
    }

    private async Task<string> ResendAsync(string id, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/subscribers/{id}/resend");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await stack.Host.Client.SendAsync(request);
        var body = await Api.BodyAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body.ToString());
        Assert.Equal(["email", "sms"], body.GetProperty("pending").EnumerateArray().Select(p => p.GetString()));
        return body.GetProperty("signUpId").GetString()!;
    }

    private async Task<IReadOnlyList<string>> LinksAsync(string address) =>
        [.. (await stack.Inbox.ListMessagesAsync(address, CancellationToken.None)).Select(m => SentLinks.ConfirmApiOf(m.TextBody).AbsoluteUri)];

    private async Task<IReadOnlyList<string>> CodesAsync(string phone) =>
        [.. (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Select(TextedCodes.Of)];
}
