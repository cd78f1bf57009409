namespace NewsAlerts.Core.Feeds;

/// <summary>What became of an editor's registration of a feed: exactly one of the three is set.</summary>
/// <param name="Added">The feed as stored, with its first state.</param>
/// <param name="Refusal">Why the URL cannot work, in words for the problem's <c>url</c> field.</param>
/// <param name="RegisteredAs">The id of the feed already registered at the same address.</param>
public sealed record FeedRegistrationOutcome(FeedEntry? Added, string? Refusal, string? RegisteredAs)
{
    /// <summary>Stored.</summary>
    public static FeedRegistrationOutcome Of(FeedEntry added) => new(added, null, null);

    /// <summary>Refused, for <paramref name="reason"/>.</summary>
    public static FeedRegistrationOutcome Refused(string reason) => new(null, reason, null);

    /// <summary>Refused because feed <paramref name="id"/> has the address.</summary>
    public static FeedRegistrationOutcome Taken(string id) => new(null, null, id);
}
