namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Stories;

/// <summary>
/// The copies index: every article planned, under each of its same-story keys (<see cref="SameStory.KeysOf"/>), so a
/// dispatcher or a preview finds the other copies of a story in one query per key, whatever the number of subscribers.
/// </summary>
public interface IStoryCopies
{
    /// <summary>Records <paramref name="copies"/> under each of their keys; recording a copy again keeps its first <see cref="StoryCopy.At"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="copies"/> is null.</exception>
    Task RecordAsync(IReadOnlyList<StoryCopy> copies, CancellationToken cancellationToken);

    /// <summary>
    /// The copies sharing any of <paramref name="keys"/> recorded at or after <paramref name="since"/>, once each, in
    /// <see cref="StoryCopy.At"/> order (the caller leaves out its own article).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> is null.</exception>
    Task<IReadOnlyList<StoryCopy>> ListAsync(IReadOnlyList<string> keys, DateTimeOffset since, CancellationToken cancellationToken);
}
