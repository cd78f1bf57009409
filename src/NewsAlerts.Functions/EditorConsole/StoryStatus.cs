namespace NewsAlerts.Functions.EditorConsole;

using NewsAlerts.Core.Editor;

/// <summary>A story's page data (<see cref="StoryDesk.StatusAsync"/>).</summary>
/// <param name="Audit">The audit, newest first.</param>
/// <param name="Tallies">Delivery by channel: the alert, then each follow-up.</param>
/// <param name="Digests">The story's email digest entries by where their digests stand.</param>
/// <param name="Unread">
/// The parts that could not be read now (<see cref="StoryParts"/>; a storage failure, <see cref="Pages.SideReads"/>): the
/// page says so in each, and shows the rest; empty when all were read.
/// </param>
public sealed record StoryStatus(IReadOnlyList<AuditEntry> Audit, IReadOnlyList<ChannelTally> Tallies, DigestTally Digests, IReadOnlyList<string> Unread);
