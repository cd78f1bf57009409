namespace NewsAlerts.Core.Suppression;

/// <summary>
/// A contact's suppression rows as read for a confirmation (<see cref="SuppressionList.ReadAsync"/>): one per contact
/// hash (the signing key's, then the previous key's), null where no row is stored. The lift a confirmation makes is
/// written only over these (<see cref="SuppressionList.LiftIfUnchangedAsync"/>), so an opt-out landing after the read
/// is never lifted by it (issue 16).
/// </summary>
/// <param name="Rows">Each hash with its row as read, or null when none was stored.</param>
public sealed record SuppressionSnapshot(IReadOnlyList<(string Hash, SuppressionEntry? Entry)> Rows)
{
    /// <summary>
    /// When the contact opted out last, as read (the latest <see cref="SuppressionEntry.Since"/> of a suppressed row); null
    /// when it is not suppressed. A suppressed row stored without a time reads as <see cref="DateTimeOffset.MaxValue"/>:
    /// no confirmation issued before an opt-out may lift it, so one of unknown time is taken as the latest.
    /// </summary>
    public DateTimeOffset? OptedOutAt
    {
        get
        {
            DateTimeOffset? latest = null;
            foreach (var (_, entry) in Rows)
            {
                if (entry is { Suppressed: true })
                {
                    var at = entry.Since ?? DateTimeOffset.MaxValue;
                    latest = latest is { } known && known >= at ? known : at;
                }
            }

            return latest;
        }
    }
}
