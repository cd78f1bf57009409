namespace NewsAlerts.Matching.Explanations;

/// <summary>
/// One piece of a match's reason as values, without words, so it can be worded later in the reader's language
/// (<see cref="MatchReason"/>).
/// </summary>
/// <param name="Field">Where in the article the topic matched.</param>
/// <param name="Value">
/// For <see cref="ArticleField.Headline"/> and <see cref="ArticleField.Body"/>: the article's words around the match
/// (<see cref="MatchWords.InContext"/>); for <see cref="ArticleField.Source"/> the source's name; for
/// <see cref="ArticleField.Subject"/> the IPTC qcode (<c>medtop:16000000</c>); for <see cref="ArticleField.Language"/>
/// the language tag (<c>fr</c>); for <see cref="ArticleField.Urgency"/> the number (1 most urgent).
/// </param>
/// <param name="Term">The topic's word or phrase (headline and body only), else null.</param>
/// <param name="Via">The other name it matched through (headline and body only), null when it matched the word itself.</param>
public sealed record ReasonPart(ArticleField Field, string Value, string? Term = null, string? Via = null);
