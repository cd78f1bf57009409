namespace NewsAlerts.Cli.Dev;

using System.Text.Json;

/// <summary>
/// The demo's "why it matched" lines: each sample of the ingest answer (<c>samples[]</c>: <c>subscriberId</c>,
/// <c>topic</c>, <c>reason</c>) names the demo subscriber it is about, since two of them follow Syria (one by email at
/// once, one in a daily digest) and their lines would otherwise read the same.
/// </summary>
public static class DemoExplanations
{
    /// <summary>
    /// One line: <c>  syria (syria-1a2b@demo.newsalerts.local, email): "syria" via "Syrian" ...</c>; the way is
    /// <c>email</c>, <c>sms</c> or <c>daily email digest</c>; a subscriber outside the demo is named as such.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscribers"/> is null.</exception>
    public static string Line(JsonElement sample, IReadOnlyList<DemoSubscriber> subscribers)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        var topic = Text(sample, "topic");
        var reason = Text(sample, "reason");
        var id = Text(sample, "subscriberId");
        var whom = subscribers.FirstOrDefault(s => s.Id == id) is { } subscriber ? Whom(subscriber) : "a subscriber outside the demo";
        return $"  {topic} ({whom}): {reason}";
    }

    /// <summary>
    /// The "why it matched" list: a line per sample of the ingest answer (at most 10, <c>MatchSamples.Pick</c>), then a
    /// line for each of the demo's own matched subscribers the samples left out (they are always listed; trial s40 #5
    /// dropped the demo's SMS subscriber on a second run), then <c>  and N more</c> for the matched subscribers not listed.
    /// </summary>
    /// <param name="samples">The answer's <c>samples</c> array.</param>
    /// <param name="matched">Every subscriber the article matched (the reach's <c>matchedSubscribers</c>).</param>
    /// <param name="subscribers">The demo's subscribers.</param>
    /// <param name="matchedDemoIds">The ids of the demo's subscribers the article matched.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subscribers"/> or <paramref name="matchedDemoIds"/> is null.</exception>
    public static IReadOnlyList<string> Lines(JsonElement samples, int matched, IReadOnlyList<DemoSubscriber> subscribers, IReadOnlyList<string> matchedDemoIds)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        ArgumentNullException.ThrowIfNull(matchedDemoIds);
        var given = samples.ValueKind == JsonValueKind.Array ? samples.EnumerateArray().ToList() : [];
        var lines = given.Select(sample => Line(sample, subscribers)).ToList();
        var listed = given.Select(sample => Text(sample, "subscriberId")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var subscriber in subscribers.Where(s => matchedDemoIds.Contains(s.Id) && !listed.Contains(s.Id)))
        {
            lines.Add($"  {subscriber.Topic} ({Whom(subscriber)}): matched (its explanation is not among the {given.Count} the answer samples)");
            listed.Add(subscriber.Id);
        }

        if (matched > listed.Count)
        {
            lines.Add($"  and {matched - listed.Count} more");
        }

        return lines;
    }

    /// <summary>
    /// Whom the article matched (trial r38 #4: "matched 7 of 4 demo subscribers" on a data folder with earlier runs'
    /// subscribers): <c>matched 3 of the 4 demo subscribers</c>, or with others too <c>matched 7 subscribers (3 of the 4 demo
    /// subscribers, 4 from earlier runs or other sign-ups)</c>.
    /// </summary>
    /// <param name="matched">Every subscriber the article matched (the reach's <c>matchedSubscribers</c>).</param>
    /// <param name="demoMatched">The demo's own subscribers among them.</param>
    /// <param name="demoSubscribers">The demo's subscribers.</param>
    public static string Matched(int matched, int demoMatched, int demoSubscribers)
    {
        var others = matched - demoMatched;
        return others <= 0
            ? $"matched {demoMatched} of the {demoSubscribers} demo subscribers"
            : $"matched {matched} subscribers ({demoMatched} of the {demoSubscribers} demo subscribers, {others} from earlier runs or other sign-ups)";
    }

    private static string Whom(DemoSubscriber subscriber) =>
        $"{subscriber.Address}, {(subscriber.DigestDueAt is null ? subscriber.Channel : "daily email digest")}";

    // The property by name in any case (the answer is camelCase; a PascalCase writer must not hide whose line it is).
    private static string? Text(JsonElement sample, string name) =>
        sample.ValueKind == JsonValueKind.Object
            && sample.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } property
            ? property.Value.GetString()
            : null;
}
