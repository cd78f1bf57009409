namespace NewsAlerts.Core.Feeds;

using NewsAlerts.Core.Ports;

/// <summary>
/// Applies an editor's resume, already saved on the registration (<see cref="FeedRegistration.ResumedAt"/>), to the feed's
/// polling state: a feed gone after a <c>410</c> is due at once (<see cref="FeedHealth.ResumedBy(DateTimeOffset?)"/>).
/// The state row is the poll's, so the write is made only while no poll holds the lease
/// (<see cref="IFeedStore.TryChangeUnleasedAsync"/>); a write lost to a row that changed meanwhile is tried again, read
/// afresh, up to <see cref="MaxAttempts"/> times. A poll that holds the lease applies the resume itself when it ends gone
/// (<see cref="FeedPoller"/> reads the registration again then), so a resume is never lost (session 44: it was dropped
/// without a retry, and the answer showed the feed still gone).
/// </summary>
public static class FeedResumption
{
    /// <summary>How many times the state is read and written before the resume is left to the poll holding the lease (5).</summary>
    public const int MaxAttempts = 5;

    /// <summary>
    /// Applies the resume at <paramref name="resumedAt"/> to feed <paramref name="id"/>'s state: true when the state was
    /// written now, false when there was nothing to apply (not gone, gone again after the resume, no such feed) or a poll
    /// holds the lease (it applies the resume as it ends).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<bool> ApplyAsync(IFeedStore store, string id, DateTimeOffset resumedAt, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(time);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var entry = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (entry is null || ReferenceEquals(entry.State.Health.ResumedBy(resumedAt), entry.State.Health))
            {
                return false;
            }

            if (await store.TryChangeUnleasedAsync(id, time.GetUtcNow(), state => state with { Health = state.Health.ResumedBy(resumedAt) }, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }
}
