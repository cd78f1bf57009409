namespace NewsAlerts.Core.Caps;

/// <summary>What counting one alert against a daily cap decided.</summary>
/// <param name="Allowed">Whether the alert may go (counted now, or counted before under the same key).</param>
/// <param name="Next">The count to store, or null when nothing changes (already counted, or refused before).</param>
/// <param name="DigestDue">
/// For a refused alert that goes to a digest, the digest's due time: the one remembered when the same alert was refused
/// before (then <paramref name="Next"/> is null), else the one given now and remembered; null for an allowed or a held
/// alert, or one refused past <see cref="DailyCapCounting.MaxRemembered"/> (not remembered).
/// </param>
public sealed record CapTake(bool Allowed, CapCount? Next, DateTimeOffset? DigestDue = null)
{
    /// <summary>Whether this alert was refused and put in a digest before (its entry may already exist, or even be sent).</summary>
    public bool RefusedBefore => !Allowed && Next is null && DigestDue is not null;
}
