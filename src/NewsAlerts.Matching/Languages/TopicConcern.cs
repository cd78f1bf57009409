namespace NewsAlerts.Matching.Languages;

/// <summary>One thing to tell a subscriber about a topic, as data, so each reader words it (the API's sentence, a page's).</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Language">The language the topic is matched in (ISO 639-1, <c>en</c>).</param>
/// <param name="Stated">The language asked for, when <paramref name="Kind"/> is <see cref="TopicConcernKind.OtherLanguage"/>; else null.</param>
/// <param name="Words">The words concerned, as written (empty when the concern is about the whole topic).</param>
/// <param name="Suggestions">What the person may have meant (for <see cref="TopicConcernKind.UnknownSubject"/>: media topic labels, closest first); null or empty when none.</param>
public sealed record TopicConcern(TopicConcernKind Kind, string Language, string? Stated, IReadOnlyList<string> Words, IReadOnlyList<string>? Suggestions = null);
