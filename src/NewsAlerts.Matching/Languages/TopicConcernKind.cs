namespace NewsAlerts.Matching.Languages;

/// <summary>What a subscriber should know about a topic (<see cref="TopicWarnings.Concerns"/>); the topic is accepted either way.</summary>
public enum TopicConcernKind
{
    /// <summary>Its script made it another language (<see cref="TopicConcern.Language"/>, not <see cref="TopicConcern.Stated"/>).</summary>
    OtherLanguage,

    /// <summary>Its language has no stemmer: words match only as written.</summary>
    NoStemmer,

    /// <summary>It is written in a script that articles of its language do not use, so it can hardly ever match.</summary>
    UnknownScript,

    /// <summary>A word (<see cref="TopicConcern.Words"/>) is one CJK character, matched only where it stands alone.</summary>
    LoneCharacter,

    /// <summary>It asks only for common (stop) words (<see cref="TopicConcern.Words"/>), so it matches nearly every article.</summary>
    OnlyCommonWords,

    /// <summary>It asks for a word and excludes the same word (<see cref="TopicConcern.Words"/>), so it can never match.</summary>
    Contradiction,

    /// <summary>
    /// A <c>subject:</c> value (<see cref="TopicConcern.Words"/>) is no IPTC media topic's label or code, so it matches
    /// only articles carrying exactly that subject (a feed's own category); <see cref="TopicConcern.Suggestions"/> holds close labels.
    /// </summary>
    UnknownSubject,
}
