namespace NewsAlerts.Core.Subscribers;

/// <summary>What <see cref="DuplicateMigration.RunAsync"/> did (or, in a dry run, would do).</summary>
/// <param name="Subscribers">Subscribers read.</param>
/// <param name="Merges">One entry per group of duplicates.</param>
/// <param name="LookupsWritten">Subscribers without duplicates whose missing email or phone lookup row was written.</param>
/// <param name="LedgerRowsMoved">Ledger rows re-pointed from a duplicate to its survivor (0 in a dry run).</param>
/// <param name="DryRun">Whether nothing was written.</param>
/// <param name="Left">Survivor ids of groups whose rows kept changing while they were merged: left for the next run.</param>
public sealed record DuplicateMigrationReport(
    int Subscribers, IReadOnlyList<DuplicateMigrationReport.Merge> Merges, int LookupsWritten, int LedgerRowsMoved, bool DryRun, IReadOnlyList<string> Left)
{
    /// <summary>One group of duplicates.</summary>
    /// <param name="SurvivorId">The oldest subscriber, which keeps everything.</param>
    /// <param name="MergedIds">The duplicates merged into it and deleted.</param>
    /// <param name="DroppedTopics">How many topics over the limit were left out (their texts are the person's: not reported).</param>
    public sealed record Merge(string SurvivorId, IReadOnlyList<string> MergedIds, int DroppedTopics);
}
