namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Subscribers;

/// <summary>How topics of two sign-ups (or two merged subscribers) are united.</summary>
public static class SignUpTopics
{
    /// <summary>
    /// The first list, then each topic of the second that it does not already have (same text ignoring case, same
    /// exactness), renumbered <c>t1</c>, <c>t2</c>, ... in that order. The result may be longer than the limit: the caller decides.
    /// </summary>
    public static IReadOnlyList<Topic> Unite(IReadOnlyList<Topic> first, IReadOnlyList<Topic> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var seen = new HashSet<(string, bool)>();
        var united = new List<Topic>();
        foreach (var topic in first.Concat(second))
        {
            if (seen.Add((topic.Text.ToUpperInvariant(), topic.Exact)))
            {
                united.Add(topic with { Id = $"t{united.Count + 1}" });
            }
        }

        return united;
    }
}
