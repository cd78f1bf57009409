namespace NewsAlerts.Integration.Tests.Digests;

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

// Trial s42 #15 through the real path (API, planning, Table digest store, timer, Service Bus, dispatcher, SMTP): the
// demo's sample published at three `dev` starts under three ids, and a story without a source, make a digest of two
// stories, each listed once with "source · time".
[Collection("queues")]
public sealed class A_story_published_again_under_new_ids_is_one_digest_entry(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private readonly ShiftedClock clock = new();
    private HostedStack stack = null!;

    public async Task InitializeAsync() =>
        stack = await HostedStack.StartAsync(
            fixture.Stack, configureServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)), runDispatcher: true);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task Three_copies_of_the_sample_and_a_sourceless_story_make_a_digest_of_two_stories()
    {
        var address = $"digest-{Guid.NewGuid():N}@example.org";
        using var request = JsonDocument.Parse($$"""
            {"email": "{{address}}", "timeZone": "Europe/London", "topics": ["Syria"],
             "preferences": {"email": {"frequency": "daily", "at": "07:00"} } }
            """);
        var subscriber = (await SignUps.ConfirmedAsync(stack.Host, SubscriberRequestParser.ParseSignUp(request.RootElement, new TextablePhones(["GB"])).Value!)).Subscriber;
        var due = DigestClock.NextDue(subscriber.Preferences!.Email, LocalClock.Zone("Europe/London"), clock.GetUtcNow())!.Value;
        var sample = $"urn:newsalerts:sample:kerry-syria-truce-aleppo:{Guid.NewGuid():N}";
        foreach (var run in new[] { "demo-1a2b3c4d", "demo-5e6f7a8b", "demo-9c0d1e2f" })
        {
            await Editor.PublishAsync(stack.Host, Editor.SampleArticle($"{sample}:{run}"));
        }

        var console = JsonNode.Parse($$"""
            {"uri": "urn:trial:{{Guid.NewGuid():N}}", "headline": "Syria truce extended to eastern Aleppo after weekend talks",
             "body_text": "The Syrian government and rebel groups agreed on Sunday to extend the truce to Aleppo.", "urgency": 4,
             "url": "https://news.example.com/syria-truce-aleppo"}
            """)!;
        await Editor.PublishAsync(stack.Host, console.ToJsonString());
        var digests = stack.Host.Services.GetRequiredService<IDigestStore>();
        Assert.Equal(4, await digests.ListAsync(due, subscriber.Id, CancellationToken.None).CountAsync());

        clock.SetNow(due + DigestRun.Grace + TimeSpan.FromSeconds(1));
        await stack.Host.Services.GetRequiredService<DigestRun>().RunAsync(CancellationToken.None);

        var email = await stack.Inbox.WaitForAsync(address, CancellationToken.None);
        Assert.Equal("Your news digest: 2 stories", email.Subject);
        var text = email.TextBody!;
        Assert.Equal(1, Occurrences(text, "* Kerry sees hope of extending Syrian truce to Aleppo"));
        Assert.Contains("  The Straits Times · ", text, StringComparison.Ordinal);
        Assert.Contains("  news.example.com · ", text, StringComparison.Ordinal);
        await Eventually.TrueAsync(
            async () => await digests.ListAsync(due, subscriber.Id, CancellationToken.None).AllAsync(e => e.State == DigestEntryState.Sent),
            "every copy's entry is marked sent, so none is carried to the next digest");
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
