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

    // The property by name in any case (the answer is camelCase; a PascalCase writer must not hide whose line it is).
    private static string? Text(JsonElement sample, string name) =>
        sample.ValueKind == JsonValueKind.Object
            && sample.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } property
            ? property.Value.GetString()
            : null;
}
