namespace NewsAlerts.Integration.Tests.Tables;

using global::Azure.Data.Tables;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// <see cref="TableSignUpStore.FindByPhoneAsync"/> against Azurite: one partition query of the number index and point
/// reads of the sign-ups, never a filter on a column of the sign-ups; and after every save, confirm, change of number,
/// purge and erasure its answer is what a scan of the sign-ups for that number answers.
/// </summary>
public sealed class A_number_finds_its_sign_ups_through_an_index_that_never_disagrees(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task The_lookup_reads_one_index_partition_and_the_sign_ups_by_key_and_agrees_with_a_scan_after_every_change()
    {
        var tables = new RecordedTables(fixture.Stack, "idx");
        var (prefix, service, requests) = (tables.Prefix, tables.Service, tables.Requests);
        var store = new TableSignUpStore(tables.Set);
        var (p, q) = (TestPhones.NewValid(), TestPhones.NewValid());
        var a = SignUp("uAAAAAAAAAAAAAAAAAAAAAAAAA01", p);
        var b = SignUp("uAAAAAAAAAAAAAAAAAAAAAAAAA02", p);
        var c = SignUp("uAAAAAAAAAAAAAAAAAAAAAAAAA03", q);
        var emailOnly = SignUp("uAAAAAAAAAAAAAAAAAAAAAAAAA04", null) with { Email = "only@example.com" };
        foreach (var signUp in new[] { a, b, c, emailOnly })
        {
            await store.SaveAsync(signUp, CancellationToken.None);
        }

        requests.Clear();
        Assert.Equal([a.Id, b.Id], await IdsAsync(store, p));
        var reads = requests.Select(r => r.Uri).ToList();
        Assert.Contains(reads, r => r.Contains(TableSignUpStore.PhoneIndex, StringComparison.Ordinal) && r.Contains("PartitionKey%20eq%20", StringComparison.Ordinal));
        Assert.All(reads, r => Assert.True(
            r.Contains("PartitionKey%20eq%20", StringComparison.Ordinal) || r.Contains("(PartitionKey='", StringComparison.Ordinal),
            $"not a partition query or point read: {r}"));
        Assert.DoesNotContain(reads, r => r.Contains("Phone%20eq", StringComparison.Ordinal));
        await AgreesWithScanAsync(service, prefix, store, p, q);

        // Confirmed, and one given another number (a later save of the same sign-up).
        await store.SaveAsync(a with { SmsConfirmed = true, SubscriberId = "s1" }, CancellationToken.None);
        await store.SaveAsync(b with { Phone = q }, CancellationToken.None);
        Assert.Equal([a.Id], await IdsAsync(store, p));
        Assert.Equal([b.Id, c.Id], await IdsAsync(store, q));
        Assert.True((await store.FindByPhoneAsync(p, CancellationToken.None)).Single().SmsConfirmed);
        await AgreesWithScanAsync(service, prefix, store, p, q);

        // Erasing the subscriber a joined takes its sign-up and its index row.
        await store.EraseForSubscriberAsync("s1", CancellationToken.None);
        Assert.Empty(await IdsAsync(store, p));
        Assert.Empty(await RowsAsync(service, prefix + TableSignUpStore.PhoneIndex, TableSignUpStore.PhonePartition(p)));
        await AgreesWithScanAsync(service, prefix, store, p, q);

        // Expired: the purge takes the sign-ups and the index rows alike.
        await store.PurgeWrittenBeforeAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);
        Assert.Empty(await IdsAsync(store, q));
        Assert.Empty(await RowsAsync(service, prefix + TableSignUpStore.PhoneIndex, null));
        Assert.Empty(await RowsAsync(service, prefix + "signups", null));
    }

    [Fact]
    public async Task An_index_row_left_without_its_sign_up_finds_nothing_and_is_dropped()
    {
        var tables = new RecordedTables(fixture.Stack, "idx");
        var (prefix, service) = (tables.Prefix, tables.Service);
        var store = new TableSignUpStore(tables.Set);
        var phone = TestPhones.NewValid();
        var signUp = SignUp("uAAAAAAAAAAAAAAAAAAAAAAAAA05", phone);
        await store.SaveAsync(signUp, CancellationToken.None);

        // As after a purge whose cutoff fell between the two writes: the sign-up row gone, its index row still there.
        await service.GetTableClient(prefix + "signups").DeleteEntityAsync(signUp.Id, string.Empty);

        Assert.Empty(await store.FindByPhoneAsync(phone, CancellationToken.None));
        Assert.Empty(await RowsAsync(service, prefix + TableSignUpStore.PhoneIndex, TableSignUpStore.PhonePartition(phone)));
        await store.SaveAsync(signUp, CancellationToken.None);
        Assert.Equal([signUp.Id], await IdsAsync(store, phone));
    }

    // The store's answer for each number equals a scan of the sign-ups' own Phone column (the oracle).
    private static async Task AgreesWithScanAsync(TableServiceClient service, string prefix, TableSignUpStore store, params string[] phones)
    {
        foreach (var phone in phones)
        {
            var scanned = new List<string>();
            await foreach (var row in service.GetTableClient(prefix + "signups").QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Phone eq {phone}")))
            {
                scanned.Add(row.PartitionKey);
            }

            Assert.Equal(scanned.Order(StringComparer.Ordinal), await IdsAsync(store, phone));
        }
    }

    private static async Task<IReadOnlyList<string>> IdsAsync(TableSignUpStore store, string phone) =>
        [.. (await store.FindByPhoneAsync(phone, CancellationToken.None)).Select(s => s.Id).Order(StringComparer.Ordinal)];

    private static async Task<IReadOnlyList<string>> RowsAsync(TableServiceClient service, string table, string? partition)
    {
        var keys = new List<string>();
        await foreach (var row in service.GetTableClient(table).QueryAsync<TableEntity>(partition is null ? null : TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }

    private static PendingSignUp SignUp(string id, string? phone) =>
        new(id, null, phone, "UTC", [], 2, DateTimeOffset.UtcNow, new PendingConfirmations(null, null, null, 0));
}
