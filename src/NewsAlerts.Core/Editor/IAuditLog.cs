namespace NewsAlerts.Core.Editor;

/// <summary>Where the audit of editors' actions is kept, per story.</summary>
public interface IAuditLog
{
    /// <summary>
    /// Adds <paramref name="entry"/> to its story's audit, unless the story has an entry for the same version and action
    /// already (a double submit: one row per version and action, trial r36 #10), in which case nothing changes.
    /// </summary>
    Task AddAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The audit of one story, newest first (at most <paramref name="max"/> entries).</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(string articleId, int max, CancellationToken cancellationToken);
}
