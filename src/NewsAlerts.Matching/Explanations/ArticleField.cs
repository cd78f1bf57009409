namespace NewsAlerts.Matching.Explanations;

/// <summary>The part of an article a clause matched in.</summary>
public enum ArticleField
{
    /// <summary>The headline (title).</summary>
    Headline,

    /// <summary>The body text.</summary>
    Body,

    /// <summary>The source (agency or publisher).</summary>
    Source,

    /// <summary>An IPTC media topic of the article.</summary>
    Subject,

    /// <summary>The language code.</summary>
    Language,

    /// <summary>The urgency (1 most urgent to 9).</summary>
    Urgency,
}
