namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Ports;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16 (stop 34, left 3): a 503 on <c>/manage/link</c> (the queue unreachable) kept the allowances the request took,
/// so a person who tried while we were down was refused when trying again. Through the local host on the real stack,
/// with limits of one: the queue fails the first request, or the sender fails the first confirmation; asking again
/// goes through (and arrives), and the limit still holds after a request that did go out or that the provider refused
/// for good.
/// </summary>
public sealed class A_request_that_sent_nothing_gives_its_allowances_back(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private FailingFirstManageLinkRequests? queue;
    private FailingFirstConfirmationSender? sender;
    private SendStatus firstFailure = SendStatus.TransientFailure; // read when the host first builds its sender

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(
        fixture.Stack,
        configureServices: services =>
        {
            services.Decorate<IManageLinkRequests>((_, inner) => queue = new FailingFirstManageLinkRequests(inner));
            services.Decorate<IConfirmationSender>((_, inner) => sender = new FailingFirstConfirmationSender(inner) { FirstFailure = firstFailure });
        },
        overrides: new Dictionary<string, string?>
        {
            ["RateLimits:SignUpsPerClient"] = "1",
            ["RateLimits:ManageLinksPerClient"] = "1",
            ["RateLimits:ConfirmationsPerContact"] = "1",
            ["RateLimits:ForwardedForHops"] = "1",
        });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_manage_link_the_queue_could_not_take_is_not_counted_against_the_person()
    {
        var client = Client();
        var email = $"down-{Guid.NewGuid():N}@example.com";

        var (down, downPage) = await PostAsync("manage/link", [new("email", email)], client);
        var (again, _) = await PostAsync("manage/link", [new("email", email)], client);
        var (third, _) = await PostAsync("manage/link", [new("email", email)], client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains(PageStrings.ManageLinkNotQueuedTitle, WebUtility.HtmlDecode(downPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, queue!.Calls);

        // The link that was queued keeps its allowance: the limit of one still refuses the next.
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task A_sign_up_whose_code_was_not_sent_is_not_counted_and_the_next_one_arrives()
    {
        var client = Client();
        var phone = TestPhones.NewValid();
        using var sink = new Cli.Stack.SmsSinkInbox(fixture.Stack.SmsSink);

        var (failed, failedPage) = await PostAsync("signup", [new("phone", phone), new("topics", "Syria"), new("timeZone", "UTC")], client);
        var (again, _) = await PostAsync("signup", [new("phone", phone), new("topics", "Syria\nTruce"), new("timeZone", "UTC")], client);
        var texts = await sink.WaitForAsync(phone, CancellationToken.None);
        var (third, _) = await PostAsync("signup", [new("phone", phone), new("topics", "Elections"), new("timeZone", "UTC")], client);

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.CurrentCulture, PageStrings.SmsCodeNotSent, PageStrings.SendNewCodeButton), WebUtility.HtmlDecode(failedPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Matches(@"\d{6}", texts[^1].GetProperty("body").GetString()!);
        Assert.True(sender!.Confirmations >= 2);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    // Review of s35: a send the provider refused for good (an invalid or blocked number: the requester's own input) is
    // not our failure, so its allowances stay spent; otherwise failing sends would make requests unlimited.
    [Fact]
    public async Task A_code_the_provider_refused_for_good_keeps_its_allowance()
    {
        var client = Client();
        var phone = TestPhones.NewValid();
        firstFailure = SendStatus.PermanentFailure;

        var (refused, refusedPage) = await PostAsync("signup", [new("phone", phone), new("topics", "Syria"), new("timeZone", "UTC")], client);
        var (again, _) = await PostAsync("signup", [new("phone", phone), new("topics", "Syria\nTruce"), new("timeZone", "UTC")], client);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.CurrentCulture, PageStrings.SmsCodeNotSent, PageStrings.SendNewCodeButton), WebUtility.HtmlDecode(refusedPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.Equal(1, sender!.Confirmations);
    }

    // Issue 16 review: the API's contact change gave its allowances back only when an exception was thrown, so a code
    // the provider failed to send for now kept the number's allowance spent. It follows the one rule (AllowanceReturns).
    [Fact]
    public async Task A_contact_change_through_the_api_whose_code_was_not_sent_is_not_counted()
    {
        var client = Client();
        var store = host.Services.GetService(typeof(ISubscriberStore)) as ISubscriberStore;
        var subscriber = new Core.Subscribers.Subscriber(
            Core.Identity.SortableId.New(DateTimeOffset.UtcNow), $"change-{Guid.NewGuid():N}@example.com", Core.Subscribers.ContactStatus.Confirmed,
            null, Core.Subscribers.ContactStatus.None, "UTC", [new Core.Subscribers.Topic("t1", "Syria", false)], 2, DateTimeOffset.UtcNow);
        await store!.SaveAsync(subscriber, CancellationToken.None);
        var signer = host.Services.GetService(typeof(Core.Security.TokenSigner)) as Core.Security.TokenSigner;
        var token = signer!.Issue(Core.Security.TokenPurpose.Manage, subscriber.Id, TimeSpan.FromHours(1));
        var phone = TestPhones.NewValid();
        using var sink = new Cli.Stack.SmsSinkInbox(fixture.Stack.SmsSink);

        using var failed = await PatchAsync(subscriber.Id, token, phone, client);
        using var again = await PatchAsync(subscriber.Id, token, phone, client);
        var texts = await sink.WaitForAsync(phone, CancellationToken.None);
        // The same change again while the code that went out works is a repeat (trial r41 #5): answered, nothing sent.
        using var repeat = await PatchAsync(subscriber.Id, token, phone, client);
        using var resend = new HttpRequestMessage(HttpMethod.Post, $"api/subscribers/{subscriber.Id}/resend") { Content = System.Net.Http.Json.JsonContent.Create(new { channel = "sms" }) };
        resend.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        resend.Headers.Add("X-Forwarded-For", Client());
        using var third = await host.Client.SendAsync(resend);

        Assert.Equal(HttpStatusCode.Accepted, failed.StatusCode);
        Assert.Contains("sms", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal); // notSent names it
        Assert.True(again.StatusCode == HttpStatusCode.Accepted, await again.Content.ReadAsStringAsync());
        Assert.Matches(@"\d{6}", texts[^1].GetProperty("body").GetString()!);
        Assert.Equal(HttpStatusCode.Accepted, repeat.StatusCode);
        Assert.Single(await sink.MessagesToAsync(phone, CancellationToken.None));
        // The code that went out keeps its allowance: the number's limit of one refuses a fresh code, from any client.
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    private async Task<HttpResponseMessage> PatchAsync(string id, string token, string phone, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/subscribers/{id}") { Content = System.Net.Http.Json.JsonContent.Create(new { phone }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-Forwarded-For", client);
        return await host.Client.SendAsync(request);
    }

    private static string Client() => $"2001:db8:16c:{Random.Shared.Next(1, 0xffff):x}::1";

    // Posts a fresh copy of the page's form, as a browser at the client address.
    private async Task<(HttpResponseMessage Response, string Html)> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string client)
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri(path, UriKind.Relative))).First(f => f.Action == "/" + path);
        return await HtmlForms.PostAsync(host.Client, form, fields, from: client);
    }
}
