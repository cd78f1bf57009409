namespace NewsAlerts.Core.Editor;

/// <summary>Where the audit of editors' actions is kept, per story.</summary>
public interface IAuditLog
{
    /// <summary>Adds <paramref name="entry"/> to its story's audit.</summary>
    Task AddAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The audit of one story, newest first (at most <paramref name="max"/> entries).</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(string articleId, int max, CancellationToken cancellationToken);
}
