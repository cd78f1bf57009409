namespace NewsAlerts.Core.Suppression;

/// <summary>
/// One contact hash's row of the suppression list as read, with its version, so a lift can be written only over what
/// was read (<see cref="Ports.ISuppressionStore.LiftIfUnchangedAsync"/>).
/// </summary>
/// <param name="Suppressed">Whether the hash is suppressed (a lifted row stays, not suppressed).</param>
/// <param name="Since">When it was last suppressed (UTC); null on a lifted row or one stored without it.</param>
/// <param name="Version">The row's version as the store tells it (Table storage's ETag), opaque.</param>
public sealed record SuppressionEntry(bool Suppressed, DateTimeOffset? Since, string Version);
