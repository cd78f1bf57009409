namespace NewsAlerts.Core.Subscribers;

/// <summary>The result of <see cref="DuplicateMerge.Merge"/>.</summary>
/// <param name="Survivor">The oldest subscriber with the united topics and the winning statuses.</param>
/// <param name="MergedIds">The ids merged into it (their ledger rows count for the survivor; their rows go).</param>
/// <param name="DroppedTopics">Topics over the limit, left out (for the log line).</param>
public sealed record MergedSubscriber(Subscriber Survivor, IReadOnlyList<string> MergedIds, IReadOnlyList<Topic> DroppedTopics);
