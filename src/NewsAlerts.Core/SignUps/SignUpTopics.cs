namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Subscribers;

/// <summary>How topics of two sign-ups (or two merged subscribers) are united.</summary>
public static class SignUpTopics
{
    /// <summary>
    /// The first list, then each topic of the second that it does not already have (the same topic by
    /// <see cref="TopicIdentity"/>: same normalised query, exactness and language; trial s42: "SYRIE" is an acronym
    /// topic and was folded into "Syrie" here only), renumbered <c>t1</c>, <c>t2</c>, ... in that order. The result
    /// may be longer than the limit: the caller decides.
    /// </summary>
    public static IReadOnlyList<Topic> Unite(IReadOnlyList<Topic> first, IReadOnlyList<Topic> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return [.. TopicIdentity.Distinct(first.Concat(second)).Select((topic, i) => topic with { Id = $"t{i + 1}" })];
    }
}
