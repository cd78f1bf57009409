namespace NewsAlerts.Integration.Tests.Tables;

using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Testing;

/// <summary>
/// Issue 17 (review): an upgrade judged who already had a story's alert on its way by planning the stored version again
/// under today's settings. What each version queued is now recorded when planned (<see cref="TablePlannedAlerts"/>); in
/// Azurite: a story's batches are read back per channel, a batch recorded again (a retried publish) changes nothing, a
/// batch of long ids beyond one property's 32,000 characters reads back whole, and stories do not mix.
/// </summary>
public sealed class Planned_alerts_are_kept_per_story_and_batch(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task Every_recipient_of_every_batch_is_read_back_per_channel_once()
    {
        var planned = new TablePlannedAlerts(new TableSet(
            new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("p") })));
        var longIds = Enumerable.Range(0, 250).Select(i => $"{i:D3}-" + new string('x', 140)).ToArray();
        DeliveryBatch[] first = [Batch(Channel.Email, 0, "1", "a", "b"), Batch(Channel.Email, 1, "1", longIds), Batch(Channel.Sms, 0, "1", "a")];
        DeliveryBatch[] upgrade = [Batch(Channel.Sms, 0, "2", "b", "c")];

        await planned.RecordAsync("urn:test:planned", first, CancellationToken.None);
        await planned.RecordAsync("urn:test:planned", first, CancellationToken.None);
        await planned.RecordAsync("urn:test:planned", upgrade, CancellationToken.None);
        await planned.RecordAsync("urn:test:other", [Batch(Channel.Email, 0, "1", "z")], CancellationToken.None);
        var read = await planned.ListAsync("urn:test:planned", CancellationToken.None);

        Assert.True(string.Join(',', longIds).Length > 32_000);
        Assert.Equal(longIds.Append("a").Append("b").Order(StringComparer.Ordinal), read[Channel.Email].Order(StringComparer.Ordinal));
        Assert.Equal(["a", "b", "c"], read[Channel.Sms].Order(StringComparer.Ordinal));
        Assert.Empty(await planned.ListAsync("urn:test:never", CancellationToken.None));
    }

    private static DeliveryBatch Batch(Channel channel, int number, string version, params string[] ids) =>
        new(channel, number, new AlertContent("urn:test:planned", version, "Truce in Aleppo", "Talks resume.", null, "Example", 3, DateTimeOffset.UnixEpoch),
            [.. ids.Select(id => new BatchRecipient(id, "Aleppo"))]);
}
