namespace NewsAlerts.Integration.Tests.Delivery;

using System.Net;
using global::Azure;
using global::Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Testing;

/// <summary>
/// Old duplicates (saved before one contact meant one subscriber) against Table storage, on an instance whose replicas
/// refresh only every five minutes (a cold one, as far as rows saved after its start go): the merge migration keeps a
/// change made while it runs, erasing one of the person's records erases all of them, and contacts the merge does not
/// keep stay the person's, so an unsubscribe or a STOP from them still stops the person.
/// </summary>
public sealed class Merging_old_duplicates_keeps_every_change_and_reaches_every_record(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() =>
        host = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?> { ["Alerts:IndexRefreshSeconds"] = "300" });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_change_made_while_the_migration_runs_is_merged_not_overwritten()
    {
        var tag = Tag();
        var survivor = Row($"a{tag}", $"race-{tag}@example.com", null, Now.AddDays(-2), "Syria");
        var duplicate = Row($"b{tag}", $"RACE-{tag}@example.com", null, Now.AddDays(-1), "ceasefire");
        await Store.SaveAsync(survivor, CancellationToken.None);
        await Store.SaveAsync(duplicate, CancellationToken.None);
        // Right before the migration's first write of the survivor: the person replaces the survivor's topics on one
        // instance and unsubscribes the duplicate's address on another.
        var racing = new RacingStore(Store, survivor.Id, async store =>
        {
            await store.SaveAsync((await store.GetAsync(survivor.Id, CancellationToken.None))! with { Topics = [new Topic("t1", "Aleppo", false)] }, CancellationToken.None);
            await store.SaveAsync((await store.GetAsync(duplicate.Id, CancellationToken.None))! with { EmailStatus = ContactStatus.OptedOut }, CancellationToken.None);
        });

        var report = await new DuplicateMigration(racing, Ledger).RunAsync(dryRun: false, CancellationToken.None);

        Assert.True(racing.Raced);
        Assert.Contains(report.Merges, m => m.SurvivorId == survivor.Id && m.MergedIds.SequenceEqual([duplicate.Id]));
        var merged = await Store.GetAsync(survivor.Id, CancellationToken.None);
        Assert.Equal(["Aleppo", "ceasefire"], merged!.Topics.Select(t => t.Text));
        Assert.Equal(ContactStatus.OptedOut, merged.EmailStatus);
        Assert.Null(await Store.GetAsync(duplicate.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_ledger_record_moves_only_where_the_survivor_has_none_or_an_open_one()
    {
        var tag = Tag();
        var (from, to) = ($"b{tag}", $"a{tag}");
        var (sentToDuplicate, bothSettled, survivorOpen) = ($"urn:test:move-1:{tag}", $"urn:test:move-2:{tag}", $"urn:test:move-3:{tag}");
        await ClaimAndRecordAsync(sentToDuplicate, from, LedgerState.Sent);
        await ClaimAndRecordAsync(bothSettled, from, LedgerState.Sent);
        await ClaimAndRecordAsync(bothSettled, to, LedgerState.Skipped);
        await ClaimAndRecordAsync(survivorOpen, from, LedgerState.Sent);
        await Ledger.ClaimAsync(survivorOpen, Channel.Email, [to], CancellationToken.None);

        Assert.Equal(3, await Ledger.MoveSubscriberAsync(from, to, CancellationToken.None));

        Assert.Equal(LedgerState.Sent, await Ledger.GetStateAsync(sentToDuplicate, to, Channel.Email, CancellationToken.None));
        Assert.Equal(LedgerState.Skipped, await Ledger.GetStateAsync(bothSettled, to, Channel.Email, CancellationToken.None));
        Assert.Equal(LedgerState.Sent, await Ledger.GetStateAsync(survivorOpen, to, Channel.Email, CancellationToken.None));
        Assert.Null(await Ledger.GetStateAsync(sentToDuplicate, from, Channel.Email, CancellationToken.None));
        Assert.Equal(0, await Ledger.MoveSubscriberAsync(from, to, CancellationToken.None));
    }

    [Fact]
    public async Task Erasing_the_oldest_on_an_instance_that_never_loaded_them_erases_the_duplicate_found_through_the_lookup_rows()
    {
        var tag = Tag();
        var phone = TestPhones.NewValid();
        var oldest = Row($"a{tag}", $"cold-a-{tag}@example.com", phone, Now.AddDays(-2), "Syria");
        var duplicate = Row($"b{tag}", $"cold-b-{tag}@example.com", phone, Now.AddDays(-1), "ceasefire");
        await Store.SaveAsync(oldest, CancellationToken.None);
        await Store.SaveAsync(duplicate, CancellationToken.None);

        await DeleteAsync(oldest.Id);

        Assert.Null(await Store.GetAsync(oldest.Id, CancellationToken.None));
        Assert.Null(await Store.GetAsync(duplicate.Id, CancellationToken.None));
        Assert.Null(await Store.FindIdByPhoneAsync(phone, CancellationToken.None));
        Assert.Null(await Store.FindIdByEmailAsync(duplicate.Email!, CancellationToken.None));
    }

    [Fact]
    public async Task Erasing_with_the_duplicates_own_link_erases_the_survivor_it_is_folded_into()
    {
        var tag = Tag();
        var oldest = Row($"a{tag}", $"fold-{tag}@example.com", null, Now.AddDays(-2), "Syria");
        var duplicate = Row($"b{tag}", $"FOLD-{tag}@example.com", null, Now.AddDays(-1), "ceasefire");
        await SaveWithoutLookupsAsync(oldest);
        await SaveWithoutLookupsAsync(duplicate);
        await host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);

        await DeleteAsync(duplicate.Id);

        Assert.Null(await Store.GetAsync(duplicate.Id, CancellationToken.None));
        Assert.Null(await Store.GetAsync(oldest.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Addresses_and_numbers_the_merge_does_not_keep_stay_the_persons_and_stop_the_person()
    {
        var tag = Tag();
        var (phone, otherPhone) = (TestPhones.NewValid(), TestPhones.NewValid());
        // Linked by the number only: two addresses. Linked by the address only: two numbers.
        var byNumber = Row($"a{tag}", $"home-{tag}@example.com", phone, Now.AddDays(-2), "Syria");
        var otherAddress = Row($"b{tag}", $"work-{tag}@example.com", phone, Now.AddDays(-1), "ceasefire");
        var otherNumber = Row($"c{tag}", $"Home-{tag}@example.com", otherPhone, Now, "truce");
        foreach (var row in new[] { byNumber, otherAddress, otherNumber })
        {
            await Store.SaveAsync(row, CancellationToken.None);
        }

        await new DuplicateMigration(Store, Ledger).RunAsync(dryRun: false, CancellationToken.None);

        var merged = (await Store.GetAsync(byNumber.Id, CancellationToken.None))!;
        Assert.Equal((byNumber.Email, phone), (merged.Email, merged.Phone));
        Assert.Equal([otherAddress.Email!], merged.OtherEmails);
        Assert.Equal([otherPhone], merged.OtherPhones);
        Assert.Equal(byNumber.Id, await Store.FindIdByEmailAsync(otherAddress.Email!, CancellationToken.None));
        Assert.Equal(byNumber.Id, await Store.FindIdByPhoneAsync(otherPhone, CancellationToken.None));

        var service = host.Services.GetRequiredService<SubscriberService>();
        var unsubscribe = host.Services.GetRequiredService<TokenSigner>().Issue(TokenPurpose.Unsubscribe, byNumber.Id, TimeSpan.FromHours(1));
        Assert.Equal(SubscriberOutcomeKind.Ok, (await service.UnsubscribeEmailAsync(unsubscribe, CancellationToken.None)).Kind);
        var suppressions = host.Services.GetRequiredService<SuppressionList>();
        Assert.True(await suppressions.IsSuppressedAsync(Channel.Email, byNumber.Email!, CancellationToken.None));
        Assert.True(await suppressions.IsSuppressedAsync(Channel.Email, otherAddress.Email!, CancellationToken.None));

        var stopped = await service.ApplySmsKeywordAsync(otherPhone, SmsKeyword.Stop, CancellationToken.None);
        Assert.Equal((byNumber.Id, ContactStatus.OptedOut), (stopped.Subscriber?.Id, stopped.Subscriber?.SmsStatus));
    }

    private ISubscriberStore Store => host.Services.GetRequiredService<ISubscriberStore>();

    private IDeliveryLedger Ledger => host.Services.GetRequiredService<IDeliveryLedger>();

    private static string Tag() => Guid.NewGuid().ToString("N")[..10];

    private static Subscriber Row(string id, string email, string? phone, DateTimeOffset createdAt, string topic) => new(
        id, email, ContactStatus.Confirmed, phone, phone is null ? ContactStatus.None : ContactStatus.Confirmed, "UTC", [new Topic("t1", topic, false)],
        Subscriber.DefaultSmsMaxUrgency, createdAt, SmsWelcomed: true);

    private async Task ClaimAndRecordAsync(string articleId, string subscriberId, LedgerState state)
    {
        await Ledger.ClaimAsync(articleId, Channel.Email, [subscriberId], CancellationToken.None);
        await Ledger.RecordAsync(articleId, Channel.Email, [new LedgerRecord(subscriberId, state, null, null)], CancellationToken.None);
    }

    private async Task DeleteAsync(string id)
    {
        var token = host.Services.GetRequiredService<TokenSigner>().Issue(TokenPurpose.Manage, id, TimeSpan.FromHours(1));
        using var deleted = await host.Client.DeleteAsync(new Uri($"api/subscribers/{id}?token={Uri.EscapeDataString(token)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    // As a subscriber was saved before the identity change: its row, but no email lookup row.
    private async Task SaveWithoutLookupsAsync(Subscriber subscriber)
    {
        await Store.SaveAsync(subscriber, CancellationToken.None);
        var emails = await host.Services.GetRequiredService<TableSet>().GetAsync("subscriberemails", CancellationToken.None);
        await foreach (var row in emails.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SubscriberId eq {subscriber.Id}")))
        {
            await emails.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All);
        }
    }

    /// <summary>The real store, with someone else's changes made right before the first write of one subscriber.</summary>
    private sealed class RacingStore(ISubscriberStore inner, string raceBeforeWriting, Func<ISubscriberStore, Task> race) : ISubscriberStore
    {
        public bool Raced { get; private set; }

        public Task<Subscriber?> GetAsync(string subscriberId, CancellationToken cancellationToken) => inner.GetAsync(subscriberId, cancellationToken);

        public Task<VersionedSubscriber?> GetVersionedAsync(string subscriberId, CancellationToken cancellationToken) => inner.GetVersionedAsync(subscriberId, cancellationToken);

        public async Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken)
        {
            await RaceAsync(subscriber.Id);
            await inner.SaveAsync(subscriber, cancellationToken);
        }

        public async Task<bool> TrySaveAsync(Subscriber subscriber, string version, CancellationToken cancellationToken)
        {
            await RaceAsync(subscriber.Id);
            return await inner.TrySaveAsync(subscriber, version, cancellationToken);
        }

        public Task<bool> DeleteAsync(string subscriberId, CancellationToken cancellationToken) => inner.DeleteAsync(subscriberId, cancellationToken);

        public Task<bool> TryDeleteAsync(string subscriberId, string version, CancellationToken cancellationToken) => inner.TryDeleteAsync(subscriberId, version, cancellationToken);

        public Task<string?> FindIdByEmailAsync(string email, CancellationToken cancellationToken) => inner.FindIdByEmailAsync(email, cancellationToken);

        public Task<string?> FindIdByPhoneAsync(string phone, CancellationToken cancellationToken) => inner.FindIdByPhoneAsync(phone, cancellationToken);

        public Task<bool> TryAddAliasAsync(string mergedId, string survivorId, CancellationToken cancellationToken) => inner.TryAddAliasAsync(mergedId, survivorId, cancellationToken);

        public Task<string?> FindAliasAsync(string mergedId, CancellationToken cancellationToken) => inner.FindAliasAsync(mergedId, cancellationToken);

        public Task<IReadOnlyList<string>> DeleteAliasesToAsync(string survivorId, CancellationToken cancellationToken) => inner.DeleteAliasesToAsync(survivorId, cancellationToken);

        public IAsyncEnumerable<(string SubscriberId, Subscriber? Subscriber, DateTimeOffset ChangedAt)> ChangesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
            inner.ChangesSinceAsync(since, cancellationToken);

        private async Task RaceAsync(string id)
        {
            if (id == raceBeforeWriting && !Raced)
            {
                Raced = true;
                await race(inner);
            }
        }
    }
}
