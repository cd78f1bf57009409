namespace NewsAlerts.Integration.Tests.Articles;

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

[Collection("queues")]
public sealed class Publishing_an_article_queues_one_alert_per_subscriber_and_channel(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private ServiceBusClient serviceBus = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(fixture.Stack);
        serviceBus = new ServiceBusClient(fixture.Stack.ServiceBusConnectionString);
        await ConfirmedSubscriberAsync("syria", ["Syria"], email: true, sms: false);
        await ConfirmedSubscriberAsync("truce", ["ceasefires"], email: true, sms: true);
        await ConfirmedSubscriberAsync("football", ["Syria AND football"], email: true, sms: true);
        await host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await serviceBus.DisposeAsync();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task Publishing_needs_the_editor_key()
    {
        using var response = await host.Client.PostAsync(new Uri("api/articles", UriKind.Relative), Api.Json(Editor.SampleArticle(Unique(), urgency: 3)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Invalid_fields_are_named_in_the_problem()
    {
        using var response = await Api.PostJsonAsync(host.Client, "api/articles", new { uri = "x", urgency = 12, url = "ftp://example.com" }, TestFunctionHost.DefaultKey);
        var errors = (await Api.BodyAsync(response)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("headline", out _));
        Assert.Contains("1 to 9", errors.GetProperty("urgency")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("http or https", errors.GetProperty("url")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_reports_the_reach_with_explanations_and_stores_and_sends_nothing()
    {
        var id = Unique();

        var first = await Editor.PublishAsync(host, Editor.SampleArticle(id, urgency: 1), dryRun: true);
        var second = await Editor.PublishAsync(host, Editor.SampleArticle(id, urgency: 1), dryRun: true);

        Assert.Equal("NewStory", first.GetProperty("decision").GetString());
        Assert.Equal("NewStory", second.GetProperty("decision").GetString());
        var reach = first.GetProperty("reach");
        Assert.Equal(2, reach.GetProperty("matchedSubscribers").GetInt32());
        Assert.Equal(2, reach.GetProperty("emailAlerts").GetInt32());
        Assert.Equal(1, reach.GetProperty("smsAlerts").GetInt32());
        var reasons = first.GetProperty("samples").EnumerateArray().Select(s => s.GetProperty("reason").GetString()!).ToList();
        Assert.Contains(reasons, r => r.Contains("truce", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await DrainAsync("email-alerts", id));
        Assert.Null(await host.Services.GetRequiredService<IArticleStore>().GetAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task Publishing_queues_batches_once_and_a_breaking_upgrade_queues_the_sms()
    {
        var id = Unique();

        var published = await Editor.PublishAsync(host, Editor.SampleArticle(id, urgency: 3), dryRun: false);
        var emails = await DrainAsync("email-alerts", id);
        var texts = await DrainAsync("sms-alerts", id);
        var again = await Editor.PublishAsync(host, Editor.SampleArticle(id, urgency: 3), dryRun: false);
        var upgraded = await Editor.PublishAsync(host, Editor.SampleArticle(id, urgency: 1, version: 2), dryRun: false);
        var upgradeTexts = await DrainAsync("sms-alerts", id);

        Assert.Equal("NewStory", published.GetProperty("decision").GetString());
        var recipients = Assert.Single(emails).GetProperty("recipients");
        Assert.Equal(2, recipients.GetArrayLength());
        Assert.Empty(texts);
        Assert.Equal("Duplicate", again.GetProperty("decision").GetString());
        Assert.Equal("Upgrade", upgraded.GetProperty("decision").GetString());
        Assert.Single(Assert.Single(upgradeTexts).GetProperty("recipients").EnumerateArray());
        Assert.Equal(2, (await host.Services.GetRequiredService<IArticleStore>().GetAsync(id, CancellationToken.None))!.Version);
    }

    private static string Unique() => $"urn:test:{Guid.NewGuid():N}";

    private async Task<List<JsonElement>> DrainAsync(string queue, string articleId)
    {
        await using var receiver = serviceBus.CreateReceiver(queue, new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.ReceiveAndDelete });
        var found = new List<JsonElement>();
        while (await receiver.ReceiveMessagesAsync(100, TimeSpan.FromMilliseconds(500)) is { Count: > 0 } messages)
        {
            found.AddRange(messages
                .Where(m => (string)m.ApplicationProperties["articleId"] == articleId)
                .Select(m => JsonDocument.Parse(m.Body).RootElement.Clone()));
        }

        return found;
    }

    private async Task ConfirmedSubscriberAsync(string name, string[] topics, bool email, bool sms)
    {
        var subscriber = new Subscriber(
            $"{name}-{Guid.NewGuid():N}", email ? $"{name}@example.com" : null, email ? ContactStatus.Confirmed : ContactStatus.None,
            sms ? "+447400123456" : null, sms ? ContactStatus.Confirmed : ContactStatus.None, "Europe/London",
            topics.Select((t, i) => new Topic($"t{i}", t, false)).ToList(), Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UtcNow);
        await host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
    }
}
