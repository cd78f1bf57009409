namespace NewsAlerts.Azure.Snapshots;

using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using global::Azure;
using global::Azure.Storage.Blobs;
using global::Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Matching.Index;

/// <summary>
/// The subscriber snapshot in Blob storage (container <c>index-snapshots</c>): the compiled index and the subscribers
/// (gzipped JSON), written as a pair that carries the same snapshot id, so a half-written pair is never loaded. A
/// snapshot this version cannot read (written by an older release, or damaged) is skipped: the instance starts from
/// the store and the next snapshot replaces it.
/// </summary>
public sealed partial class BlobSubscriberSnapshotStore(BlobServiceClient blobs, IOptions<StorageOptions> options, ILogger<BlobSubscriberSnapshotStore> logger)
    : ISubscriberSnapshotStore
{
    /// <summary>The container (declared by the infrastructure templates).</summary>
    public const string ContainerName = "index-snapshots";

    private const string SnapshotIdKey = "snapshotid";
    private const string SyncedUpToKey = "syncedupto";

    private BlobContainerClient Container => blobs.GetBlobContainerClient(ContainerName);

    private BlobClient IndexBlob => Container.GetBlobClient($"{options.Value.TablePrefix}subscriptions.index");

    private BlobClient SubscribersBlob => Container.GetBlobClient($"{options.Value.TablePrefix}subscribers.json.gz");

    /// <inheritdoc />
    public async Task SaveAsync(DateTimeOffset syncedUpTo, IReadOnlyCollection<Subscriber> subscribers, PercolatorIndex index, CancellationToken cancellationToken)
    {
        await Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var metadata = new Dictionary<string, string>
        {
            [SnapshotIdKey] = Guid.NewGuid().ToString("N"),
            [SyncedUpToKey] = syncedUpTo.ToString("O", CultureInfo.InvariantCulture),
        };
        using (var compiled = new MemoryStream())
        {
            IndexSnapshot.Save(index, compiled);
            compiled.Position = 0;
            await IndexBlob.UploadAsync(compiled, new BlobUploadOptions { Metadata = metadata }, cancellationToken);
        }

        using var people = new MemoryStream();
        await using (var gzip = new GZipStream(people, CompressionLevel.Fastest, leaveOpen: true))
        {
            await JsonSerializer.SerializeAsync(gzip, subscribers, JsonRows.Options, cancellationToken);
        }

        people.Position = 0;
        await SubscribersBlob.UploadAsync(people, new BlobUploadOptions { Metadata = metadata }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SubscriberSnapshot?> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var people = await SubscribersBlob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            var compiled = await IndexBlob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            using var peopleContent = people.Value;
            using var compiledContent = compiled.Value;
            if (!peopleContent.Details.Metadata.TryGetValue(SnapshotIdKey, out var id)
                || !compiledContent.Details.Metadata.TryGetValue(SnapshotIdKey, out var indexId) || id != indexId
                || !DateTimeOffset.TryParse(peopleContent.Details.Metadata[SyncedUpToKey], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var syncedUpTo))
            {
                // A save was interrupted between the two blobs: start from the store instead.
                return null;
            }

            await using var gzip = new GZipStream(peopleContent.Content, CompressionMode.Decompress);
            var subscribers = await JsonSerializer.DeserializeAsync<List<Subscriber>>(gzip, JsonRows.Options, cancellationToken) ?? [];
            using var buffer = new MemoryStream();
            await compiledContent.Content.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            return new SubscriberSnapshot(syncedUpTo, subscribers, IndexSnapshot.Load(buffer));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException)
        {
            LogUnreadableSnapshot(logger, ex);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The subscriber snapshot cannot be read (an older format, or damaged); starting from the store instead")]
    private static partial void LogUnreadableSnapshot(ILogger logger, Exception exception);
}
