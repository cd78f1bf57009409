namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Subscribers;

/// <summary>Where subscribers are kept, with a change feed that keeps every instance's matching index fresh.</summary>
public interface ISubscriberStore
{
    /// <summary>Reads a subscriber, or null when there is none (or it was erased).</summary>
    Task<Subscriber?> GetAsync(string subscriberId, CancellationToken cancellationToken);

    /// <summary>Creates or replaces a subscriber (and its phone-number lookup).</summary>
    Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken);

    /// <summary>Erases every record of a subscriber; leaves only an id-only marker so other instances drop it too.</summary>
    Task<bool> DeleteAsync(string subscriberId, CancellationToken cancellationToken);

    /// <summary>Reads a subscriber with its version, for a conditional write; null when there is none (or it was erased).</summary>
    Task<VersionedSubscriber?> GetVersionedAsync(string subscriberId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a subscriber (and its lookups) only while it is still at <paramref name="version"/>; false, writing
    /// nothing, when it was changed or erased since it was read.
    /// </summary>
    Task<bool> TrySaveAsync(Subscriber subscriber, string version, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="TrySaveAsync"/>, answering the version the write made (null: nothing was written), so a caller can
    /// hand it on as an <c>ETag</c>. The default reads it back after the write (another write in between would give
    /// its version instead); a store that learns the version from the write itself overrides this.
    /// </summary>
    async Task<string?> TrySaveReportingVersionAsync(Subscriber subscriber, string version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return await TrySaveAsync(subscriber, version, cancellationToken) ? (await GetVersionedAsync(subscriber.Id, cancellationToken))?.Version : null;
    }

    /// <summary>Erases a subscriber as <see cref="DeleteAsync"/> does, only while it is still at <paramref name="version"/>; false otherwise.</summary>
    Task<bool> TryDeleteAsync(string subscriberId, string version, CancellationToken cancellationToken);

    /// <summary>The subscriber that has this address (compared case-insensitively), if any.</summary>
    Task<string?> FindIdByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>The subscriber that has this E.164 number, if any (for STOP replies).</summary>
    Task<string?> FindIdByPhoneAsync(string phone, CancellationToken cancellationToken);

    /// <summary>
    /// Leaves the alias "<paramref name="mergedId"/> is now <paramref name="survivorId"/>" for a duplicate the merge
    /// migration is about to delete, so links sent under its id keep reaching the person. Insert-only: true when the
    /// alias names <paramref name="survivorId"/> (written now or before), false when it already names another subscriber.
    /// </summary>
    Task<bool> TryAddAliasAsync(string mergedId, string survivorId, CancellationToken cancellationToken);

    /// <summary>The subscriber a merged id's alias names, or null when it has none.</summary>
    Task<string?> FindAliasAsync(string mergedId, CancellationToken cancellationToken);

    /// <summary>Deletes every alias naming <paramref name="survivorId"/> (when it is erased); returns the merged ids they named.</summary>
    Task<IReadOnlyList<string>> DeleteAliasesToAsync(string survivorId, CancellationToken cancellationToken);

    /// <summary>Subscribers changed at or after <paramref name="since"/>: a null subscriber means erased.</summary>
    IAsyncEnumerable<(string SubscriberId, Subscriber? Subscriber, DateTimeOffset ChangedAt)> ChangesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
