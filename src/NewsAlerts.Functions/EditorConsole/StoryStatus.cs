namespace NewsAlerts.Functions.EditorConsole;

using NewsAlerts.Core.Editor;

/// <summary>A story's page data (<see cref="StoryDesk.StatusAsync"/>).</summary>
/// <param name="Audit">The audit, newest first.</param>
/// <param name="Tallies">Delivery by channel: the alert, then each follow-up.</param>
/// <param name="Digests">The story's email digest entries by where their digests stand.</param>
public sealed record StoryStatus(IReadOnlyList<AuditEntry> Audit, IReadOnlyList<ChannelTally> Tallies, DigestTally Digests);
