namespace NewsAlerts.Core.Feeds;

using System.Security.Cryptography;
using System.Text;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Validation;
using NewsAlerts.Matching.Languages;

/// <summary>
/// Turns a feed item into a ninjs-style <see cref="Article"/> (version 1; the item history decides
/// later versions): id from the GUID, or from the link when there is no GUID or RSS says it is not a permalink;
/// source from the registered name, else the feed's title, else the feed's host (<see cref="ArticleSource"/>);
/// headline from the title; body from the content, else the description, reduced to text as the API does
/// (<see cref="HtmlText"/>); url; published time; language; subjects from categories through the feed's map. Every text
/// passes the article text rule for sources that cannot be asked to fix it (<see cref="FreeText.Salvage"/>), as the API's
/// and the console's articles pass it for editors (<see cref="FreeText.Clean(string, bool)"/>).
/// </summary>
public static class FeedArticles
{
    /// <summary>
    /// Longest id kept as written, in UTF-8 bytes: the API's rule (<see cref="ArticleIds.MaxBytes"/>, which says why);
    /// an id the rule refuses (longer, or holding a control character) is replaced by a SHA-256 digest of the item's
    /// GUID or link (stable across polls), so every item can be stored. Counted in bytes, not characters: a non-ASCII
    /// link of 400 characters is up to 1,200 bytes.
    /// </summary>
    public const int MaxIdBytes = ArticleIds.MaxBytes;

    /// <summary>Longest headline; a headline made from the body is cut to this at a word boundary.</summary>
    public const int MaxHeadlineLength = 400;

    /// <summary>
    /// The articles of <paramref name="feed"/>'s items in feed order (<see cref="ToArticle"/>), and the items that give
    /// none, each named by its id (without one: <c>item 3 of the feed</c>) with every field's reason, e.g.
    /// <c>title: contains U+0007 (a control character), which is not allowed in text; remove it</c>, at most
    /// <see cref="ArticleFailure.MaxReasonLength"/> characters, for the feed's health: no item is dropped silently.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static (IReadOnlyList<Article> Articles, IReadOnlyList<ArticleFailure> Refused) Read(FeedDocument feed, FeedDefaults defaults, DateTimeOffset seenAt)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(defaults);
        var articles = new List<Article>();
        var refused = new List<ArticleFailure>();
        foreach (var (item, index) in feed.Items.Select((item, index) => (item, index)))
        {
            var article = ToArticle(item, feed, defaults, seenAt);
            if (article.IsValid)
            {
                articles.Add(article.Value!);
                continue;
            }

            var reason = string.Join("; ", article.Errors.Select(error => $"{error.Field}: {error.Reason}"));
            refused.Add(new ArticleFailure(
                Id(item, HttpUrl(item.Link, defaults.FeedUrl), defaults.FeedId) ?? $"item {index + 1} of the feed",
                reason.Length <= ArticleFailure.MaxReasonLength ? reason : reason[..ArticleFailure.MaxReasonLength]));
        }

        return (articles, refused);
    }

    /// <summary>
    /// The article for <paramref name="item"/>, or why there is none: no id, nothing to read, or a title, content or
    /// summary still refused after the article text rule cleaned it (<see cref="FreeText.Salvage"/>). A category still
    /// refused, or too long, is dropped and the item kept (<see cref="FeedCategories"/>), as the feed's title is.
    /// </summary>
    /// <param name="item">The item as read.</param>
    /// <param name="feed">The feed as read (its title and language are the fallbacks).</param>
    /// <param name="defaults">What the editor registered for the feed.</param>
    /// <param name="seenAt">When the poll saw the item: the publication time when the item gives none, or gives one in the future.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Validated<Article> ToArticle(FeedItem item, FeedDocument feed, FeedDefaults defaults, DateTimeOffset seenAt)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(defaults);
        var url = HttpUrl(item.Link, defaults.FeedUrl);
        var id = Id(item, url, defaults.FeedId);
        var errors = new List<FieldError>();
        var content = Text(item.ContentHtml, "content", errors);
        var summary = Text(item.SummaryHtml, "summary", errors);
        var title = Text(item.Title, "title", errors);
        // The feed's title names the source only: still refused, the article goes without it rather than every item failing.
        var feedTitle = defaults.SourceName is null && !string.IsNullOrWhiteSpace(feed.Title) ? FreeText.Salvage(HtmlText.ToPlainText(feed.Title), lineBreaks: false).Text : null;
        // A category that is still not text, or too long, is dropped, not the item (FeedCategories: session 43).
        var categories = FeedCategories.Keep(item.Categories);
        var body = content ?? summary ?? string.Empty;
        var description = item.ContentHtml is not null ? summary : null;
        var headline = title ?? Cut(description ?? body, MaxHeadlineLength);
        if (id is null)
        {
            errors.Add(new FieldError("guid", "the item has neither a GUID nor a link"));
        }

        if (headline.Length == 0)
        {
            errors.Add(new FieldError("title", "the item has no title, description or content"));
        }

        if (errors.Count > 0)
        {
            return Validated<Article>.Invalid(errors);
        }

        var published = item.Published is { } p && p <= seenAt + ArticleParser.MaxFutureSkew ? p : seenAt;
        // As an ISO 639-1 code ("english", "eng", "EN-gb" are "en"), so English topics match; unrecognised is none.
        var language = LanguageTag.Recognize(item.Language) ?? LanguageTag.Recognize(feed.Language) ?? LanguageTag.Recognize(defaults.Language);
        return Validated<Article>.Ok(new Article(
            id!,
            1,
            Cut(headline, MaxHeadlineLength),
            body.Length > ArticleParser.MaxBodyLength ? Cut(body, ArticleParser.MaxBodyLength) : body,
            Byline: null,
            // Neither a registered name nor a title: the feed's host, so alerts still say where the story came from.
            Source: defaults.SourceName ?? (string.IsNullOrWhiteSpace(feedTitle) ? ArticleSource.Of(null, defaults.FeedUrl) : feedTitle),
            Language: language,
            Subjects(categories, defaults.Subjects),
            defaults.Urgency,
            url,
            published,
            description));
    }

    /// <summary>The item's id: its GUID, or its link when there is no GUID or it is not a permalink, made unique across feeds.</summary>
    public static string? Id(FeedItem item, Uri? url, string feedId)
    {
        ArgumentNullException.ThrowIfNull(item);
        var guid = string.IsNullOrWhiteSpace(item.Guid) ? null : item.Guid.Trim();
        var raw = guid is not null && (item.GuidIsPermaLink || url is null) ? guid : url?.AbsoluteUri ?? guid;
        if (raw is null)
        {
            return null;
        }

        // A URI names itself; a bare GUID ("1234") is only unique within its feed.
        var id = Uri.TryCreate(raw, UriKind.Absolute, out _) ? raw : $"urn:newsalerts:feed:{feedId}:{raw}";
        return ArticleIds.Problem(id) is null
            ? id
            : $"urn:newsalerts:feed:{feedId}:sha256:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw)))}";
    }

    private static Uri? HttpUrl(string? link, Uri feedUrl)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(feedUrl, link.Trim(), out var url))
        {
            return null;
        }

        return url.Scheme is "http" or "https" ? url : null;
    }

    // The item's text as the article text rule takes a feed's (FreeText.Salvage): cleaned, or null with the field's
    // reason added; null too when there is no text.
    private static string? Text(string? html, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        return Salvaged(HtmlText.ToPlainText(html), field, errors);
    }

    private static string? Salvaged(string text, string field, List<FieldError> errors)
    {
        var (salvaged, reason) = FreeText.Salvage(text, lineBreaks: true);
        if (reason is not null)
        {
            errors.Add(new FieldError(field, reason));
        }

        return string.IsNullOrEmpty(salvaged) ? null : salvaged;
    }

    private static string Cut(string text, int max)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return string.Concat(text.AsSpan(0, cut > max / 2 ? cut : max - 1), "…");
    }

    private static List<string> Subjects(IReadOnlyList<string> categories, IReadOnlyDictionary<string, string> map)
    {
        var subjects = new List<string>();
        foreach (var category in categories)
        {
            var name = category.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            var subject = map.FirstOrDefault(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Value ?? name;
            if (!subjects.Contains(subject, StringComparer.OrdinalIgnoreCase))
            {
                subjects.Add(subject);
            }
        }

        return subjects;
    }
}
