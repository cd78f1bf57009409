namespace NewsAlerts.Integration.Tests.Articles;

using global::Azure;
using global::Azure.Data.Tables;
using global::Azure.Storage.Blobs;
using global::Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Azure.Snapshots;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

public sealed class A_cold_instance_starts_from_the_blob_snapshot(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task The_snapshot_timer_writes_subscribers_and_their_index_and_a_new_instance_matches_from_it()
    {
        await using var warm = await TestFunctionHost.StartAsync(fixture.Stack);
        var store = warm.Services.GetRequiredService<ISubscriberStore>();
        string[] ids = [$"snap{Guid.NewGuid():N}", $"snap{Guid.NewGuid():N}"];
        foreach (var id in ids)
        {
            await store.SaveAsync(
                new Subscriber(id, $"{id}@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "Aleppo", false)], 2, DateTimeOffset.UtcNow),
                CancellationToken.None);
        }

        await warm.RunFunctionAsync("SaveSubscriberSnapshot");

        // Remove the rows behind the store's back (no change-feed marker): only the snapshot still knows them.
        var table = new TableServiceClient(fixture.Stack.StorageConnectionString).GetTableClient($"{warm.TablePrefix}subscribers");
        foreach (var id in ids)
        {
            await table.DeleteEntityAsync(id, "profile", ETag.All);
        }

        await using var cold = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?> { ["Storage:TablePrefix"] = warm.TablePrefix });
        var reach = (await Editor.PublishAsync(cold, Editor.SampleArticle($"urn:test:{Guid.NewGuid():N}"), dryRun: true)).GetProperty("reach");

        Assert.True(cold.Services.GetRequiredService<SubscriberSync>().LoadedFromSnapshot);
        Assert.Equal(2, reach.GetProperty("matchedSubscribers").GetInt32());
        Assert.Equal(2, reach.GetProperty("emailAlerts").GetInt32());
    }

    [Fact]
    public async Task A_snapshot_this_release_cannot_read_is_skipped_and_the_instance_loads_from_the_table()
    {
        await using var warm = await TestFunctionHost.StartAsync(fixture.Stack);
        var id = $"snap{Guid.NewGuid():N}";
        await warm.Services.GetRequiredService<ISubscriberStore>().SaveAsync(
            new Subscriber(id, $"{id}@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "Aleppo", false)], 2, DateTimeOffset.UtcNow),
            CancellationToken.None);
        await warm.Services.GetRequiredService<SubscriberSync>().SaveSnapshotAsync(warm.Services.GetRequiredService<SubscriberMatcher>(), CancellationToken.None);

        // An older release's format (or a damaged blob): same snapshot id in the metadata, content this version refuses.
        var blob = new BlobServiceClient(fixture.Stack.StorageConnectionString)
            .GetBlobContainerClient(BlobSubscriberSnapshotStore.ContainerName).GetBlobClient($"{warm.TablePrefix}subscriptions.index");
        var metadata = (await blob.GetPropertiesAsync()).Value.Metadata;
        await blob.UploadAsync(new BinaryData(new byte[] { 0x4E, 0x41, 0x49, 0x58, 3, 0, 0, 0 }), new BlobUploadOptions { Metadata = metadata });

        await using var cold = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?> { ["Storage:TablePrefix"] = warm.TablePrefix });
        var reach = (await Editor.PublishAsync(cold, Editor.SampleArticle($"urn:test:{Guid.NewGuid():N}"), dryRun: true)).GetProperty("reach");

        Assert.False(cold.Services.GetRequiredService<SubscriberSync>().LoadedFromSnapshot);
        Assert.Equal(1, reach.GetProperty("matchedSubscribers").GetInt32());
    }

    [Fact]
    public async Task Without_a_snapshot_an_instance_loads_from_the_table()
    {
        await using var host = await TestFunctionHost.StartAsync(fixture.Stack);
        await host.Services.GetRequiredService<SubscriberSync>().EnsureLoadedAsync(CancellationToken.None);

        Assert.False(host.Services.GetRequiredService<SubscriberSync>().LoadedFromSnapshot);
    }
}
