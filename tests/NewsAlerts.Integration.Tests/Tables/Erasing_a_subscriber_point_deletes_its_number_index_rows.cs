namespace NewsAlerts.Integration.Tests.Tables;

using global::Azure.Data.Tables;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Against Azurite: erasing a subscriber deletes the <c>signupphones</c> row of each of its sign-ups by key (a point
/// delete, never a query of the index), a sign-up given another number leaves no row at its old one, and no index row
/// names a subscriber, so none is left naming an erased one.
/// </summary>
public sealed class Erasing_a_subscriber_point_deletes_its_number_index_rows(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task No_index_row_is_left_and_the_index_is_only_written_and_deleted_by_key()
    {
        var tables = new RecordedTables(fixture.Stack, "era");
        var (prefix, service, requests) = (tables.Prefix, tables.Service, tables.Requests);
        var store = new TableSignUpStore(tables.Set);
        var (p, q, r) = (TestPhones.NewValid(), TestPhones.NewValid(), TestPhones.NewValid());
        var erased = "sERASEDAAAAAAAAAAAAAAAAAAAA1";
        var kept = "sKEPTAAAAAAAAAAAAAAAAAAAAAA1";
        // One sign-up of the erased subscriber changes its number (p to q), one has r, one is email only; another
        // subscriber's sign-up shares r.
        var moved = SignUp("uERASEAAAAAAAAAAAAAAAAAAA01", p, erased);
        var second = SignUp("uERASEAAAAAAAAAAAAAAAAAAA02", r, erased);
        var emailOnly = SignUp("uERASEAAAAAAAAAAAAAAAAAAA03", null, erased) with { Email = "erase@example.com" };
        var other = SignUp("uKEEPAAAAAAAAAAAAAAAAAAAA01", r, kept);
        foreach (var signUp in new[] { moved, second, emailOnly, other, moved with { Phone = q } })
        {
            await store.SaveAsync(signUp, CancellationToken.None);
        }

        var index = service.GetTableClient(prefix + TableSignUpStore.PhoneIndex);
        (string, string)[] before = [(TableSignUpStore.PhonePartition(q), moved.Id), (TableSignUpStore.PhonePartition(r), other.Id), (TableSignUpStore.PhonePartition(r), second.Id)];
        Assert.Equal(before.Order(), await KeysAsync(index));
        Assert.All(await RowsAsync(index), row => Assert.False(row.ContainsKey("SubscriberId"), "an index row names a subscriber"));

        requests.Clear();
        await store.EraseForSubscriberAsync(erased, CancellationToken.None);
        // The erasure's own requests to the index, before this test reads it.
        var onIndex = requests.Where(x => x.Uri.Contains(prefix + TableSignUpStore.PhoneIndex, StringComparison.Ordinal)).ToList();

        Assert.Equal([(TableSignUpStore.PhonePartition(r), other.Id)], await KeysAsync(index));
        Assert.Equal([other.Id], (await store.FindByPhoneAsync(r, CancellationToken.None)).Select(s => s.Id));
        Assert.Empty(await store.FindByPhoneAsync(q, CancellationToken.None));
        Assert.NotEmpty(onIndex);
        Assert.All(onIndex, x => Assert.True(x.Method == "DELETE" && x.Uri.Contains("(PartitionKey='", StringComparison.Ordinal), $"not a point delete: {x.Method} {x.Uri}"));
        Assert.Null(await store.GetAsync(moved.Id, CancellationToken.None));
        Assert.Null(await store.GetAsync(emailOnly.Id, CancellationToken.None));
        Assert.NotNull(await store.GetAsync(other.Id, CancellationToken.None));

        // Erasing again (a retry) finds nothing left and fails on nothing.
        await store.EraseForSubscriberAsync(erased, CancellationToken.None);
    }

    private static async Task<List<(string, string)>> KeysAsync(TableClient table) =>
        [.. (await RowsAsync(table)).Select(e => (e.PartitionKey, e.RowKey)).Order()];

    private static async Task<List<TableEntity>> RowsAsync(TableClient table)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }

    private static PendingSignUp SignUp(string id, string? phone, string subscriberId) =>
        new(id, null, phone, "UTC", [], 2, DateTimeOffset.UtcNow, new PendingConfirmations(null, null, null, 0)) { SubscriberId = subscriberId };
}
