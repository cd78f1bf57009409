namespace NewsAlerts.Core.Subscribers;

/// <summary>What <see cref="ContactGroups.Flush"/> tells the replicas to do.</summary>
/// <param name="Upserts">Subscribers to add or replace (a survivor carries its duplicates' topics and statuses).</param>
/// <param name="Removals">Ids to forget: erased, or folded into a survivor.</param>
public sealed record FoldedChanges(IReadOnlyList<Subscriber> Upserts, IReadOnlyList<string> Removals);
