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
        var whom = subscribers.FirstOrDefault(s => s.Id == id) is { } subscriber
            ? $"{subscriber.Address}, {(subscriber.DigestDueAt is null ? subscriber.Channel : "daily email digest")}"
            : "a subscriber outside the demo";
        return $"  {topic} ({whom}): {reason}";
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

    // The property by name in any case (the answer is camelCase; a PascalCase writer must not hide whose line it is).
    private static string? Text(JsonElement sample, string name) =>
        sample.ValueKind == JsonValueKind.Object
            && sample.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } property
            ? property.Value.GetString()
            : null;
}
