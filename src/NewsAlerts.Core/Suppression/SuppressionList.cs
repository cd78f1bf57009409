namespace NewsAlerts.Core.Suppression;

using System.Collections.Concurrent;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;

/// <summary>
/// Contacts that must not be sent to, across every subscriber and subscription: keyed by an HMAC of the normalised
/// contact (<see cref="ContactKeys"/>) under the signing key. Planning reads this instance's copy
/// (<see cref="IsKnownSuppressed"/>, refreshed from the store's change feed); the dispatcher asks the store right
/// before each send (<see cref="IsSuppressedAsync"/>). Hashes made with the previous signing key still count, so a
/// key rotation does not forget an opt-out (until that key is dropped as <c>Alerts:PreviousSigningKey</c>).
/// </summary>
public sealed class SuppressionList(ISuppressionStore store, TokenSigner tokens, TimeProvider time)
{
    // How far back each refresh looks again, for rows written by other instances with a slightly skewed clock.
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, byte> known = new(StringComparer.Ordinal);
    private int refreshing;
    private DateTimeOffset syncedUntil = DateTimeOffset.UnixEpoch;

    /// <summary>Suppresses the contact for every subscription.</summary>
    public async Task SuppressAsync(Channel channel, string contact, SuppressionReason reason, CancellationToken cancellationToken)
    {
        var hash = tokens.ContactHashes(ContactKeys.Of(channel, contact))[0];
        await store.SuppressAsync(hash, reason, time.GetUtcNow(), cancellationToken);
        known[hash] = 0;
    }

    /// <summary>Lifts the contact's suppression (START by SMS, a re-confirmed email address); harmless when there is none.</summary>
    public async Task LiftAsync(Channel channel, string contact, CancellationToken cancellationToken)
    {
        foreach (var hash in tokens.ContactHashes(ContactKeys.Of(channel, contact)))
        {
            await store.LiftAsync(hash, cancellationToken);
            known.TryRemove(hash, out _);
        }
    }

    /// <summary>Whether the contact is suppressed, asked of the store (for the check right before a send).</summary>
    public async Task<bool> IsSuppressedAsync(Channel channel, string contact, CancellationToken cancellationToken)
    {
        var hashes = tokens.ContactHashes(ContactKeys.Of(channel, contact));
        foreach (var hash in hashes)
        {
            if (await store.IsSuppressedAsync(hash, cancellationToken))
            {
                known[hash] = 0;
                return true;
            }
        }

        return false;
    }

    /// <summary>Why the contact is suppressed now, asked of the store; null when it is not or the reason is not known (for telling a person why).</summary>
    public async Task<SuppressionReason?> ReasonAsync(Channel channel, string contact, CancellationToken cancellationToken)
    {
        foreach (var hash in tokens.ContactHashes(ContactKeys.Of(channel, contact)))
        {
            if (await store.ReasonAsync(hash, cancellationToken) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>Whether this instance knows the contact to be suppressed (no storage read; for planning).</summary>
    public bool IsKnownSuppressed(Channel channel, string? contact) =>
        contact is not null && !known.IsEmpty && tokens.ContactHashes(ContactKeys.Of(channel, contact)).Any(known.ContainsKey);

    /// <summary>Reads the store's changes since the last refresh into this instance's copy (a refresh already running makes this one a no-op).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref refreshing, 1) == 1)
        {
            return;
        }

        try
        {
            var started = time.GetUtcNow();
            var since = syncedUntil == DateTimeOffset.UnixEpoch ? syncedUntil : syncedUntil - Overlap;
            await foreach (var (hash, suppressed, _) in store.ChangesSinceAsync(since, cancellationToken))
            {
                if (suppressed)
                {
                    known[hash] = 0;
                }
                else
                {
                    known.TryRemove(hash, out _);
                }
            }

            syncedUntil = started;
        }
        finally
        {
            Volatile.Write(ref refreshing, 0);
        }
    }
}
