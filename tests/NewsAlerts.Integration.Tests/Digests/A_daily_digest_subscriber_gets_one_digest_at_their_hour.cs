namespace NewsAlerts.Integration.Tests.Digests;

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

[Collection("queues")]
public sealed class A_daily_digest_subscriber_gets_one_digest_at_their_hour(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private readonly ShiftedClock clock = new();
    private HostedStack stack = null!;

    public async Task InitializeAsync() =>
        stack = await HostedStack.StartAsync(
            fixture.Stack, configureServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)), runDispatcher: true);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task The_days_matches_arrive_together_newest_first_at_seven_on_their_clock_and_once()
    {
        var address = $"digest-{Guid.NewGuid():N}@example.org";
        using var request = JsonDocument.Parse($$"""
            {"email": "{{address}}", "timeZone": "America/Santiago", "topics": ["Syria"],
             "preferences": {"email": {"frequency": "daily", "at": "07:00"} } }
            """);
        var subscriber = (await SignUps.ConfirmedAsync(stack.Host, SubscriberRequestParser.ParseSignUp(request.RootElement, new TextablePhones(["GB"])).Value!)).Subscriber;
        var zone = LocalClock.Zone("America/Santiago");
        var due = DigestClock.NextDue(subscriber.Preferences!.Email, zone, clock.GetUtcNow())!.Value;
        var newerAt = clock.GetUtcNow().AddHours(-1);
        var older = Article($"urn:test:{Guid.NewGuid():N}", "Truce talks resume in Geneva", clock.GetUtcNow().AddHours(-3));
        var newer = Article($"urn:test:{Guid.NewGuid():N}", "Syrian truce extended to Aleppo", newerAt);

        var dryRun = (await Editor.PublishAsync(stack.Host, older, dryRun: true)).GetProperty("reach");
        var published = (await Editor.PublishAsync(stack.Host, older)).GetProperty("reach");
        await Editor.PublishAsync(stack.Host, newer);
        var digests = stack.Host.Services.GetRequiredService<IDigestStore>();
        var run = stack.Host.Services.GetRequiredService<DigestRun>();

        Assert.Equal(dryRun.ToString(), published.ToString());
        Assert.Equal((0, 1), (published.GetProperty("emailAlerts").GetInt32(), published.GetProperty("emailDigestEntries").GetInt32()));
        Assert.Equal(2, await digests.ListAsync(due, subscriber.Id, CancellationToken.None).CountAsync());

        // A minute before seven on their clock nothing is due, nor within the run's grace; after it, the digest goes.
        clock.SetNow(due.AddMinutes(-1));
        await run.RunAsync(CancellationToken.None);
        clock.SetNow(due.AddSeconds(1));
        await run.RunAsync(CancellationToken.None);
        Assert.Contains(due, await digests.DueTimesAsync(due, CancellationToken.None));
        Assert.Equal(0, await stack.Inbox.CountAsync(address, CancellationToken.None));
        clock.SetNow(due + DigestRun.Grace + TimeSpan.FromSeconds(1));
        await run.RunAsync(CancellationToken.None);

        var email = await stack.Inbox.WaitForAsync(address, CancellationToken.None);
        Assert.Equal("Your news digest: 2 stories", email.Subject);
        Assert.StartsWith($"<{stack.Host.Client.BaseAddress}unsubscribe?token=", email.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        var html = email.HtmlBody!;
        Assert.Contains("<h2>Syria</h2>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Syrian truce extended", StringComparison.Ordinal) < html.IndexOf("Truce talks resume", StringComparison.Ordinal), html);
        Assert.Contains(NewsAlerts.Core.Words.MomentWords.Of(newerAt, zone.Id, null), html, StringComparison.Ordinal);
        var ledger = stack.Host.Services.GetRequiredService<IDeliveryLedger>();
        await Eventually.TrueAsync(
            async () => await ledger.GetStateAsync(DigestMessage.LedgerKey(due), subscriber.Id, Channel.Email, CancellationToken.None) == LedgerState.Sent,
            "the digest is recorded sent");
        await Eventually.TrueAsync(
            async () => await digests.ListAsync(due, subscriber.Id, CancellationToken.None).AllAsync(e => e.State == DigestEntryState.Sent),
            "the entries are marked sent");

        // The due time is done, and the same digest delivered again (a replay) sends nothing: the ledger shows it done.
        var again = await stack.Host.Services.GetRequiredService<DigestDispatcher>().DispatchAsync(
            new DigestBatch(subscriber.Id, due, ["any"], 0), CancellationToken.None);
        Assert.Empty(await digests.DueTimesAsync(due, CancellationToken.None));
        Assert.Equal((0, 1), (again.Sent, again.AlreadyDone));
        Assert.Equal(1, await stack.Inbox.CountAsync(address, CancellationToken.None));
    }

    private static string Article(string id, string headline, DateTimeOffset published)
    {
        var json = JsonNode.Parse(Editor.SampleArticle(id))!;
        json["headline"] = headline;
        json["versioncreated"] = published.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return json.ToJsonString();
    }
}
