namespace NewsAlerts.Matching.Composition;

/// <summary>
/// A topic as the builder's row asks for it, in plain words rather than the topic language: words that must all
/// appear, one exact phrase, words of which any one will do, words that must not appear, where they are looked for,
/// and an IPTC subject the article must have. Every part is optional; <see cref="TopicComposer"/> writes the topic.
/// </summary>
/// <param name="AllWords">Words separated by spaces or commas; each must appear.</param>
/// <param name="Phrase">Words that must appear next to each other, in this order.</param>
/// <param name="AnyWords">Words separated by spaces, or, when there is a comma, items separated by commas (an item of several words is a phrase); one must appear.</param>
/// <param name="NoneWords">Words separated by spaces or commas; none may appear.</param>
/// <param name="Scope">Where the words are looked for.</param>
/// <param name="Subject">An IPTC media topic name or code the article must have (<c>subject:</c>), or empty.</param>
public sealed record TopicRecipe(
    string? AllWords = null, string? Phrase = null, string? AnyWords = null, string? NoneWords = null,
    TopicScope Scope = TopicScope.Anywhere, string? Subject = null);
