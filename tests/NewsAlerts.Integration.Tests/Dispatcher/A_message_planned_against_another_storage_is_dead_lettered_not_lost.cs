namespace NewsAlerts.Integration.Tests.Dispatcher;

using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Azure.Queues;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.ManageLinks;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Two deployments (or two local runs) pointed at one Service Bus namespace: each one's dispatcher receives the other's
/// messages. A batch, a digest or a manage-link request stamped for another storage reaches the host's dispatcher
/// through the host's own namespace, addressed to a subscriber the host does have (so handling it would send); it goes
/// to the dead-letter queue with reason <c>OtherStorage</c>, leaving no ledger row and sending nothing. Before stamps,
/// such batches were recorded "Skipped: subscriber gone" and completed: alerts lost without a trace.
/// </summary>
[Collection("queues")]
public sealed class A_message_planned_against_another_storage_is_dead_lettered_not_lost(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private readonly StorageScope other = StorageScope.Of(StorageAccountName.DevelopmentAccount, StackFixture.UniqueName("o"));
    private HostedStack stack = null!;

    public async Task InitializeAsync() =>
        // A 1-second refresh: subscribers saved straight to the store (no confirmation email in the inbox) are matched.
        stack = await HostedStack.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?> { ["Alerts:IndexRefreshSeconds"] = "1" }, runDispatcher: true);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task An_alert_batch_of_another_storage_is_dead_lettered_unsent_and_a_publish_here_still_delivers()
    {
        var subscriber = await SubscriberAsync();
        var own = stack.Host.Services.GetRequiredService<StorageScope>();
        var article = new Article(
            $"urn:test:scope:{Guid.NewGuid():N}", 1, "Truce holds in Aleppo", "The truce in Aleppo held overnight.", null, "Wire", "en", [], 1, null, DateTimeOffset.UtcNow);
        var batch = Assert.Single(AlertPlanner.Plan(article, [new SubscriberMatch(subscriber, "Aleppo", "\"Aleppo\" in the headline", 1)]));
        Assert.Equal(Channel.Email, batch.Channel);

        await using (var foreign = new ServiceBusAlertPublisher(stack.ServiceBus, other))
        {
            await foreign.PublishAsync([batch], CancellationToken.None);
        }

        var dead = await DeadLetterAsync(AlertChannel.Email.Queue, m => m.MessageId == batch.MessageId);
        Assert.Equal(ScopeCheck.OtherStorage, dead.DeadLetterReason);
        Assert.StartsWith($"Planned for storage '{other.Value}', received by a worker of storage '{own.Value}'.", dead.DeadLetterErrorDescription, StringComparison.Ordinal);
        Assert.Equal(other.Value, dead.ApplicationProperties[StorageScope.Property]);
        var ledger = stack.Host.Services.GetRequiredService<IDeliveryLedger>();
        Assert.Null(await ledger.GetStateAsync(article.Id, subscriber.Id, Channel.Email, CancellationToken.None));

        // A publish of this storage's own still reaches the same subscriber, stamped with this storage; and only it does.
        var articleId = $"urn:test:scope:{Guid.NewGuid():N}";
        await Eventually.TrueAsync(
            async () => (await Editor.PublishAsync(stack.Host, Editor.SampleArticle(articleId, urgency: 1), dryRun: true)).GetProperty("reach").GetProperty("emailAlerts").GetInt32() > 0,
            "the new subscriber matches");
        await Editor.PublishAsync(stack.Host, Editor.SampleArticle(articleId, urgency: 1));
        await stack.Inbox.WaitForAsync(subscriber.Email!, CancellationToken.None);
        await Eventually.TrueAsync(
            async () => await ledger.GetStateAsync(articleId, subscriber.Id, Channel.Email, CancellationToken.None) == LedgerState.Sent, "the alert is recorded sent");
        Assert.Equal(1, await stack.Inbox.CountAsync(subscriber.Email!, CancellationToken.None));
        Assert.Null(await ledger.GetStateAsync(article.Id, subscriber.Id, Channel.Email, CancellationToken.None));
    }

    [Fact]
    public async Task A_digest_of_another_storage_is_dead_lettered_and_nothing_is_claimed_or_sent()
    {
        var subscriber = await SubscriberAsync();
        var due = new DateTimeOffset(DateTimeOffset.UtcNow.Year, 1, 1, 7, 0, 0, TimeSpan.Zero);
        var digest = new DigestBatch(subscriber.Id, due, [$"urn:test:scope:{Guid.NewGuid():N}"], 0);

        await using (var foreign = new ServiceBusAlertPublisher(stack.ServiceBus, other))
        {
            await foreign.PublishAsync([digest], CancellationToken.None);
        }

        var dead = await DeadLetterAsync(AlertChannel.Email.Queue, m => m.MessageId == digest.MessageId);
        Assert.Equal(ScopeCheck.OtherStorage, dead.DeadLetterReason);
        Assert.Equal(DigestMessage.Subject, dead.Subject);
        var ledger = stack.Host.Services.GetRequiredService<IDeliveryLedger>();
        Assert.Null(await ledger.GetStateAsync(DigestMessage.LedgerKey(due), subscriber.Id, Channel.Email, CancellationToken.None));
        Assert.Equal(0, await stack.Inbox.CountAsync(subscriber.Email!, CancellationToken.None));
    }

    [Fact]
    public async Task A_manage_link_request_of_another_storage_is_dead_lettered_and_one_of_this_storage_is_sent()
    {
        var subscriber = await SubscriberAsync();

        await using (var foreign = new ServiceBusManageLinkRequests(stack.ServiceBus, other))
        {
            await foreign.RequestAsync(subscriber.Email!, CancellationToken.None);
        }

        var dead = await DeadLetterAsync(ManageLinkMessage.Queue, m => m.Body.ToString().Contains(subscriber.Email!, StringComparison.Ordinal));
        Assert.Equal(ScopeCheck.OtherStorage, dead.DeadLetterReason);
        Assert.Contains(other.Value, dead.DeadLetterErrorDescription, StringComparison.Ordinal);
        Assert.Equal(0, await stack.Inbox.CountAsync(subscriber.Email!, CancellationToken.None));

        // The same ask through this host's own requests (stamped with its storage) is answered.
        await stack.Host.Services.GetRequiredService<IManageLinkRequests>().RequestAsync(subscriber.Email!, CancellationToken.None);
        await stack.Inbox.WaitForAsync(subscriber.Email!, CancellationToken.None);
        Assert.Equal(1, await stack.Inbox.CountAsync(subscriber.Email!, CancellationToken.None));
    }

    // A confirmed email subscriber of this host's storage, following "Aleppo" (the sample article's city).
    private async Task<Subscriber> SubscriberAsync()
    {
        var id = $"sc{Guid.NewGuid():N}";
        var subscriber = new Subscriber(id, $"{id}@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "Aleppo", false)], 2, DateTimeOffset.UtcNow);
        await stack.Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        return subscriber;
    }

    // The dead letter that matches, peeked (left in place) from the queue's dead-letter sub-queue once it is there.
    private async Task<ServiceBusReceivedMessage> DeadLetterAsync(string queue, Func<ServiceBusReceivedMessage, bool> wanted)
    {
        await using var receiver = stack.ServiceBus.CreateReceiver(queue, new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter });
        ServiceBusReceivedMessage? found = null;
        await Eventually.TrueAsync(
            async () =>
            {
                long next = 0;
                while (found is null)
                {
                    var page = await receiver.PeekMessagesAsync(100, next);
                    if (page.Count == 0)
                    {
                        return false;
                    }

                    found = page.FirstOrDefault(wanted);
                    next = page[^1].SequenceNumber + 1;
                }

                return true;
            },
            $"the message is in {queue}'s dead-letter queue");
        return found!;
    }
}
