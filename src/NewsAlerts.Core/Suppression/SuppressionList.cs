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
/// Every suppression, whatever its reason (STOP, unsubscribe, "stop everything", a hard bounce, a carrier
/// opt-out), is an opt-out and voids the confirmations sent before it in one code path (<see cref="SuppressAsync"/>,
/// issue 16).
/// </summary>
/// <param name="store">Where the list is kept.</param>
/// <param name="tokens">Keys the contact hashes.</param>
/// <param name="time">The clock of <see cref="SuppressionEntry.Since"/>.</param>
/// <param name="signUps">
/// The sign-ups whose links and codes a suppression voids (<see cref="SignUps.OptOutVoids"/>); null only where no
/// sign-up exists (tests of planning and sending).
/// </param>
public sealed class SuppressionList(ISuppressionStore store, TokenSigner tokens, TimeProvider time, ISignUpStore? signUps = null)
{
    // How far back each refresh looks again, for rows written by other instances with a slightly skewed clock.
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, byte> known = new(StringComparer.Ordinal);
    private int refreshing;
    private DateTimeOffset syncedUntil = DateTimeOffset.UnixEpoch;

    /// <summary>
    /// Suppresses the contact for every subscription, then voids every link (<see cref="Channel.Email"/>) or code
    /// (<see cref="Channel.Sms"/>) still held for it and marks every sign-up whose confirmation is joining it now
    /// (<see cref="SignUps.OptOutVoids"/>, each written only over the sign-up as read, <see cref="SignUps.ConditionalVoids"/>):
    /// nothing issued before an opt-out confirms after it, whichever <paramref name="reason"/> it has (issue 16).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="contact"/> is null.</exception>
    public async Task SuppressAsync(Channel channel, string contact, SuppressionReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var hash = tokens.ContactHashes(ContactKeys.Of(channel, contact))[0];
        var at = time.GetUtcNow();
        await store.SuppressAsync(hash, reason, at, cancellationToken);
        known[hash] = 0;
        if (signUps is not null)
        {
            var candidates = channel == Channel.Email
                ? await signUps.FindByEmailAsync(contact, cancellationToken)
                : await signUps.FindByPhoneAsync(contact, cancellationToken);
            await SignUps.ConditionalVoids.VoidAsync(signUps, candidates, c => SignUps.OptOutVoids.Voided(c, channel, contact, at), cancellationToken);
        }
    }

    /// <summary>
    /// The contact's suppression rows as stored now, with their versions: what a confirmation checks before it joins
    /// (<see cref="SuppressionSnapshot.OptedOutAt"/>) and lifts only as read (<see cref="LiftIfUnchangedAsync"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="contact"/> is null.</exception>
    public async Task<SuppressionSnapshot> ReadAsync(Channel channel, string contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var rows = new List<(string, SuppressionEntry?)>();
        foreach (var hash in tokens.ContactHashes(ContactKeys.Of(channel, contact)))
        {
            rows.Add((hash, await store.ReadAsync(hash, cancellationToken)));
        }

        return new SuppressionSnapshot(rows);
    }

    /// <summary>
    /// Lifts the suppression <paramref name="read"/> found, each row only if it is still as read (the ETag): true when
    /// nothing suppresses the contact afterwards, false when an opt-out landed since the read (it stays; issue 16: an
    /// opt-out between a confirmation's check and its lift wins). Rows lifted before a false stay lifted: they were
    /// lifted only as read, by a confirmation issued after them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is null.</exception>
    public async Task<bool> LiftIfUnchangedAsync(SuppressionSnapshot read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var lifted = true;
        foreach (var (hash, entry) in read.Rows)
        {
            if (await store.LiftIfUnchangedAsync(hash, entry, cancellationToken))
            {
                known.TryRemove(hash, out _);
            }
            else
            {
                known[hash] = 0;
                lifted = false;
            }
        }

        return lifted;
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
