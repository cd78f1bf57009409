namespace NewsAlerts.Integration.Tests.Delivery;

using global::Azure;
using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Cli.Commands;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Subscribers saved before one contact meant one subscriber (no lookup rows, the same address in another case and
/// the same number): on read they are one subscriber, and the merge migration makes them one in storage; an article
/// already emailed to the duplicate is not emailed again to the survivor, before or after the migration.
/// </summary>
[Collection("queues")]
public sealed class Old_duplicates_merge_into_the_oldest_subscriber(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task Duplicates_get_one_alert_per_contact_and_nothing_already_sent_again_on_read_and_after_the_migration()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var address = $"merge-{tag}@example.com";
        var phone = TestPhones.NewValid();
        var now = DateTimeOffset.UtcNow;
        var oldest = Subscriber($"a{tag}", $"Merge-{tag}@Example.COM", phone, now.AddDays(-2), "Syria");
        var duplicate = Subscriber($"b{tag}", address, phone, now.AddDays(-1), "ceasefire");
        var (beforeRead, beforeMigration) = ($"urn:test:merge-read:{tag}", $"urn:test:merge-migrate:{tag}");

        // Only the duplicate is known at first: two stories are emailed to it (urgency 3: no SMS).
        await SaveOldStyleAsync(duplicate);
        await PublishAsync(beforeRead, urgency: 3, version: 1);
        await PublishAsync(beforeMigration, urgency: 3, version: 1);
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(address, CancellationToken.None) == 2, "both stories are emailed to the duplicate");
        await SettledAsync(beforeRead, duplicate.Id);
        await SettledAsync(beforeMigration, duplicate.Id);

        // The older duplicate appears: on read the two are one subscriber, the oldest.
        await SaveOldStyleAsync(oldest);
        var upgrade = await PublishAsync(beforeRead, urgency: 1, version: 2);
        Assert.Equal(0, upgrade.GetProperty("emailAlerts").GetInt32());
        Assert.Equal(1, upgrade.GetProperty("smsAlerts").GetInt32());
        var fresh = await PublishAsync($"urn:test:merge-new:{tag}", urgency: 1, version: 1);
        Assert.Equal(1, fresh.GetProperty("emailAlerts").GetInt32());
        Assert.Equal(1, fresh.GetProperty("smsAlerts").GetInt32());
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count == 2, "the upgrade and the new story are texted");
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(address, CancellationToken.None) == 3, "the new story is emailed");
        await QueuesDrainedAsync();
        Assert.Equal(3, await stack.Inbox.CountAsync(address, CancellationToken.None));
        Assert.Equal(2, (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count);

        // The migration makes it so in storage: one subscriber with both topics and the lookup rows, the ledger re-pointed.
        var dryRun = await MigrateAsync("--dry-run");
        Assert.Contains($"would merge {duplicate.Id} into {oldest.Id}", dryRun, StringComparison.Ordinal);
        Assert.NotNull(await Store.GetAsync(duplicate.Id, CancellationToken.None));
        var output = await MigrateAsync();
        Assert.Contains($"merged {duplicate.Id} into {oldest.Id}", output, StringComparison.Ordinal);
        Assert.DoesNotContain(address, output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(phone, output, StringComparison.Ordinal);
        Assert.Null(await Store.GetAsync(duplicate.Id, CancellationToken.None));
        var survivor = await Store.GetAsync(oldest.Id, CancellationToken.None);
        Assert.Equal(["Syria", "ceasefire"], survivor!.Topics.Select(t => t.Text));
        Assert.Null(survivor.MergedIds);
        Assert.Equal(oldest.Id, await Store.FindIdByEmailAsync(address.ToUpperInvariant(), CancellationToken.None));
        Assert.Equal(oldest.Id, await Store.FindIdByPhoneAsync(phone, CancellationToken.None));
        var ledger = stack.Host.Services.GetRequiredService<IDeliveryLedger>();
        Assert.Contains(oldest.Id, await ledger.SettledAsync(beforeMigration, Channel.Email, CancellationToken.None));
        Assert.Contains("0 groups of duplicates merged", await MigrateAsync(), StringComparison.Ordinal);

        await stack.Host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
        var afterMigration = await PublishAsync(beforeMigration, urgency: 1, version: 2);
        Assert.Equal(0, afterMigration.GetProperty("emailAlerts").GetInt32());
        Assert.Equal(1, afterMigration.GetProperty("smsAlerts").GetInt32());
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count == 3, "the upgrade after the migration is texted");
        await QueuesDrainedAsync();
        Assert.Equal(3, await stack.Inbox.CountAsync(address, CancellationToken.None));
    }

    [Fact]
    public async Task Erasing_the_survivor_before_the_migration_erases_its_old_duplicates_too()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var phone = TestPhones.NewValid();
        var now = DateTimeOffset.UtcNow;
        var oldest = Subscriber($"a{tag}", $"Erase-{tag}@example.com", phone, now.AddDays(-2), "Syria");
        var duplicate = Subscriber($"b{tag}", $"erase-{tag}@EXAMPLE.com", phone, now.AddDays(-1), "ceasefire");
        var control = TestPhones.NewValid();
        await SaveOldStyleAsync(oldest);
        await SaveOldStyleAsync(duplicate);
        await SaveOldStyleAsync(Subscriber($"c{tag}", $"control-{tag}@example.com", control, now, "Syria"));

        var token = stack.Host.Services.GetRequiredService<Core.Security.TokenSigner>().Issue(Core.Security.TokenPurpose.Manage, oldest.Id, TimeSpan.FromHours(1));
        using var deleted = await stack.Host.Client.DeleteAsync(new Uri($"api/subscribers/{oldest.Id}?token={Uri.EscapeDataString(token)}", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Null(await Store.GetAsync(duplicate.Id, CancellationToken.None));

        await stack.Host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
        await PublishAsync($"urn:test:erase:{tag}", urgency: 1, version: 1);
        await stack.Sink.WaitForAsync(control, CancellationToken.None);
        await QueuesDrainedAsync();
        Assert.Empty(await stack.Sink.MessagesToAsync(phone, CancellationToken.None));
        Assert.Equal(0, await stack.Inbox.CountAsync($"erase-{tag}@example.com", CancellationToken.None));
    }

    private ISubscriberStore Store => stack.Host.Services.GetRequiredService<ISubscriberStore>();

    private static Subscriber Subscriber(string id, string email, string phone, DateTimeOffset createdAt, string topic) => new(
        id, email, ContactStatus.Confirmed, phone, ContactStatus.Confirmed, "UTC", [new Topic("t1", topic, false)],
        Core.Subscribers.Subscriber.DefaultSmsMaxUrgency, createdAt, SmsWelcomed: true);

    // As a subscriber was saved before the identity change: its row, but no email or phone lookup row.
    private async Task SaveOldStyleAsync(Subscriber subscriber)
    {
        await Store.SaveAsync(subscriber, CancellationToken.None);
        var tables = stack.Host.Services.GetRequiredService<TableSet>();
        var emails = await tables.GetAsync("subscriberemails", CancellationToken.None);
        await foreach (var row in emails.QueryAsync<global::Azure.Data.Tables.TableEntity>(global::Azure.Data.Tables.TableClient.CreateQueryFilter($"SubscriberId eq {subscriber.Id}")))
        {
            await emails.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All);
        }

        var phones = await tables.GetAsync("subscriberphones", CancellationToken.None);
        await phones.DeleteEntityAsync(subscriber.Phone!, string.Empty, ETag.All);
        Assert.Null(await Store.FindIdByEmailAsync(subscriber.Email!, CancellationToken.None));
        await stack.Host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
    }

    private async Task<System.Text.Json.JsonElement> PublishAsync(string id, int urgency, int version) =>
        (await Editor.PublishAsync(stack.Host, Editor.SampleArticle(id, urgency: urgency, version: version))).GetProperty("reach");

    private async Task SettledAsync(string articleId, string subscriberId) =>
        await Eventually.TrueAsync(
            async () => (await stack.Host.Services.GetRequiredService<IDeliveryLedger>().SettledAsync(articleId, Channel.Email, CancellationToken.None)).Contains(subscriberId),
            "the ledger records the email");

    private async Task<string> MigrateAsync(params string[] flags)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        string[] arguments =
        [
            "merge-duplicates", .. flags,
            $"--Storage:ConnectionString={fixture.Stack.StorageConnectionString}",
            $"--Storage:TablePrefix={stack.Host.TablePrefix}",
        ];
        var exitCode = await new MigrateCommand().RunAsync(arguments, new CliConsole(output, errors), CancellationToken.None);
        Assert.True(exitCode == 0, $"migrate exited {exitCode}: {errors}");
        return output.ToString();
    }

    private async Task QueuesDrainedAsync()
    {
        foreach (var queue in new[] { "email-alerts", "sms-alerts" })
        {
            await using var receiver = stack.ServiceBus.CreateReceiver(queue);
            await Eventually.TrueAsync(async () => await receiver.PeekMessageAsync() is null, $"{queue} is empty");
        }
    }
}
