namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Matching.Query;

/// <summary>
/// The one rule for when two topics of a subscriber are the same topic, so a list holds it once (the first writing
/// kept): every way topics are added uses it (<c>POST /api/subscribers</c> and /signup, <c>PUT .../topics</c> and
/// /manage, a sign-up adding topics at confirmation, duplicate subscribers merging).
/// <para>
/// Source of the rule: the matcher. Two topics are the same when their normalised queries
/// (<see cref="TopicParseResult.NormalizedText"/>), exact flags and languages (BCP 47, compared ignoring case; none
/// means the subscriber's) are equal: that is the key the percolator compiles a topic under
/// (<c>QueryCompiler.KeyOf</c>), so such topics match the same articles. Normalising folds case, accents, width and
/// spacing of ordinary words (NFKD with lower case, <c>ß</c> as <c>ss</c>: "Syrie", " syrie ", "Straße"/"strasse",
/// full-width "Ｓｙｒｉｅ" are one topic), but the topic language reads a word written in three or more capitals A-Z as
/// an acronym (<c>AcronymDictionary.IsAcronym</c>: "WHO" also finds the World Health Organization, "who" does not), so
/// "SYRIE" and "Syrie" are two topics and both are kept. A field or language qualifier is part of the query
/// (<c>headline:Syrie</c>, <c>lang:fr</c>), so it makes another topic too. A text that does not parse (an old stored
/// topic) is compared by its trimmed text.
/// </para>
/// </summary>
public static class TopicIdentity
{
    /// <summary>
    /// What <paramref name="text"/> with <paramref name="exact"/> and <paramref name="language"/> is compared by: two
    /// topics with equal keys are the same topic.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (string Query, bool Exact, string? Language) KeyOf(string text, bool exact, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (TopicQuery.Parse(text).NormalizedText ?? text.Trim(), exact, language?.ToUpperInvariant());
    }

    /// <summary>The key of <paramref name="topic"/> (<see cref="KeyOf(string, bool, string?)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="topic"/> is null.</exception>
    public static (string Query, bool Exact, string? Language) KeyOf(Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return KeyOf(topic.Text, topic.Exact, topic.Language);
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are the same topic.</summary>
    /// <exception cref="ArgumentNullException">A topic is null.</exception>
    public static bool Same(Topic a, Topic b) => KeyOf(a) == KeyOf(b);

    /// <summary>
    /// <paramref name="topics"/> with each topic once, where first given, in order; as they were (ids not renumbered).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="topics"/> is null.</exception>
    public static IReadOnlyList<Topic> Distinct(IEnumerable<Topic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return [.. topics.DistinctBy(KeyOf)];
    }
}
