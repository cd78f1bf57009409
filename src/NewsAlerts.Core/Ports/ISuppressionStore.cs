namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Suppression;

/// <summary>
/// The suppression list as stored: one row per keyed hash of a normalised contact (never the contact itself), so it
/// holds no personal data and survives the erasure of every subscriber that had the contact.
/// </summary>
public interface ISuppressionStore
{
    /// <summary>Marks the hash suppressed (again), with why and when.</summary>
    Task SuppressAsync(string contactHash, SuppressionReason reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Lifts the suppression of the hash, if any (the row stays, marked lifted, so other instances see the change).</summary>
    Task LiftAsync(string contactHash, CancellationToken cancellationToken);

    /// <summary>Whether the hash is suppressed now (a point read).</summary>
    Task<bool> IsSuppressedAsync(string contactHash, CancellationToken cancellationToken);

    /// <summary>Why the hash is suppressed now (a point read), or null when it is not (or the reason is not known).</summary>
    Task<SuppressionReason?> ReasonAsync(string contactHash, CancellationToken cancellationToken);

    /// <summary>The hash's row as stored now (a point read, with its version), or null when there is none.</summary>
    Task<SuppressionEntry?> ReadAsync(string contactHash, CancellationToken cancellationToken);

    /// <summary>
    /// Lifts the suppression of the hash only if its row is still as <paramref name="read"/> (optimistic concurrency: the
    /// ETag, <c>If-Match</c>); true when the hash is not suppressed afterwards by this or no write (nothing suppresses it
    /// now, or the lift was written), false, writing nothing, when it is suppressed by a write made since the read (an
    /// opt-out landing between a confirmation's check and its lift: the opt-out wins, issue 16).
    /// </summary>
    /// <param name="contactHash">The hash.</param>
    /// <param name="read">The row as read for the check (<see cref="ReadAsync"/>), null when there was none.</param>
    /// <param name="cancellationToken">Cancels the lift.</param>
    Task<bool> LiftIfUnchangedAsync(string contactHash, SuppressionEntry? read, CancellationToken cancellationToken);

    /// <summary>Rows changed at or after <paramref name="since"/>: each hash with whether it is suppressed now.</summary>
    IAsyncEnumerable<(string ContactHash, bool Suppressed, DateTimeOffset ChangedAt)> ChangesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
