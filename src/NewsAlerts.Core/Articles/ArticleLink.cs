namespace NewsAlerts.Core.Articles;

/// <summary>What a short link (<c>/api/a/{code}</c>) leads to: the article's URL, or the notice of a withdrawn or corrected story.</summary>
/// <param name="Url">The article's public URL; null when it has none.</param>
/// <param name="Headline">The story's headline as last published.</param>
/// <param name="Notice">The withdrawal or major correction of the latest version; null for an ordinary story.</param>
/// <param name="NoticedAt">When the version carrying the notice was published; null without a notice.</param>
/// <param name="Summary">
/// The story's summary as last published (<see cref="Article.Summary"/>, at most 280 characters): a story with no URL
/// is shown as its headline and this, so every alert's link leads somewhere a person can read.
/// </param>
public sealed record ArticleLink(Uri? Url, string Headline, ArticleNotice? Notice = null, DateTimeOffset? NoticedAt = null, string? Summary = null);
