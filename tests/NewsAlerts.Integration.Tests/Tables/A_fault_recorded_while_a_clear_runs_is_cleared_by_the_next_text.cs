namespace NewsAlerts.Integration.Tests.Tables;

using global::Azure;
using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Testing;

/// <summary>
/// Review of s37, finding 4: <see cref="TableSmsConfigurationFaults"/> against Azurite. A refusal recorded in the same
/// process while a clear runs (its row written after the clear's delete) left the process believing no fault was stored,
/// so the next text that went cleared nothing and health stayed degraded. The interleaving is forced: the refusal is
/// recorded inside the clear's delete, once the delete is done.
/// </summary>
public sealed class A_fault_recorded_while_a_clear_runs_is_cleared_by_the_next_text(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task A_refusal_recorded_after_the_clears_delete_is_removed_by_the_next_clear()
    {
        var service = new RecordingAfterDelete(fixture.Stack.StorageConnectionString);
        var faults = new TableSmsConfigurationFaults(
            new TableSet(service, Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("sf") })), TimeProvider.System);
        service.AfterDelete = () => faults.RecordAsync(30034, "Twilio:FromNumber", "A2P 10DLC", "t2", CancellationToken.None);
        await faults.RecordAsync(21212, "Twilio:FromNumber", "invalid From", "t1", CancellationToken.None);

        await faults.ClearAsync(CancellationToken.None);
        Assert.Equal(30034, (await faults.GetAsync(CancellationToken.None))?.Code);

        service.AfterDelete = null;
        await faults.ClearAsync(CancellationToken.None);
        Assert.Null(await faults.GetAsync(CancellationToken.None));
    }

    // Trial r38 #1: the row counts attempts and distinct texts apart (a text retried counts once).
    [Fact]
    public async Task Retries_of_one_text_count_as_attempts_not_as_texts()
    {
        var faults = new TableSmsConfigurationFaults(
            new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("sf") })),
            TimeProvider.System);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await faults.RecordAsync(21212, "Twilio__FromNumber", "invalid From", "text-a", CancellationToken.None);
        }

        await faults.RecordFromCallbackAsync(21212, "Twilio__FromNumber", "invalid From", "text-b", CancellationToken.None);

        var fault = await faults.GetAsync(CancellationToken.None);
        Assert.Equal((6, 2), (fault?.Attempts, fault?.Texts));
        Assert.Contains("2 texts refused (6 attempts)", fault!.Describe(), StringComparison.Ordinal);
    }

    // Review of s38, finding 3: a row written before texts were counted (Count, no Texts) must not read "1 text refused
    // (21 attempts)" after one more refusal: the texts stay unknown and health names only the attempts.
    [Fact]
    public async Task A_row_from_before_texts_were_counted_names_only_its_attempts()
    {
        var tables = new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("sf") }));
        var table = await tables.GetAsync("operatorfaults", CancellationToken.None);
        await table.AddEntityAsync(new TableEntity("sms", "configuration")
        {
            ["Code"] = 21212, ["Setting"] = "Twilio__FromNumber", ["Reason"] = "invalid From", ["LastAt"] = DateTimeOffset.UtcNow, ["Count"] = 20,
        });
        var faults = new TableSmsConfigurationFaults(tables, TimeProvider.System);

        await faults.RecordAsync(21212, "Twilio__FromNumber", "invalid From", "text-a", CancellationToken.None);
        await faults.RecordFromCallbackAsync(21212, "Twilio__FromNumber", "invalid From", "text-b", CancellationToken.None);

        var fault = await faults.GetAsync(CancellationToken.None);
        Assert.Equal((22, 0), (fault?.Attempts, fault?.Texts));
        Assert.Contains("; 22 attempts refused, the last at", fault!.Describe(), StringComparison.Ordinal);
    }

    // Runs AfterDelete (once) right after a delete of a row succeeded, before the delete returns.
    private sealed class RecordingAfterDelete : TableServiceClient
    {
        private readonly string connectionString;

        public RecordingAfterDelete(string connectionString)
            : base(connectionString) => this.connectionString = connectionString;

        public Func<Task>? AfterDelete { get; set; }

        public override TableClient GetTableClient(string tableName) => new HookedTable(connectionString, tableName, this);

        private sealed class HookedTable(string connectionString, string tableName, RecordingAfterDelete owner) : TableClient(connectionString, tableName)
        {
            public override async Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
            {
                var response = await base.DeleteEntityAsync(partitionKey, rowKey, ifMatch, cancellationToken);
                if (owner.AfterDelete is { } after)
                {
                    owner.AfterDelete = null;
                    await after();
                }

                return response;
            }
        }
    }
}
