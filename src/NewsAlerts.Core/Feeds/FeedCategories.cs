namespace NewsAlerts.Core.Feeds;

using NewsAlerts.Core.Validation;

/// <summary>
/// Which of a feed item's categories are kept: each cleaned by the article text rule for feeds
/// (<see cref="FreeText.Salvage"/>, one line), and one still refused (a control, private-use or other invisible
/// character, a lone surrogate), longer than <see cref="MaxLength"/> or empty is dropped; the first
/// <see cref="MaxCount"/> kept count. A category is a label that maps to a subject, not text a subscriber reads: dropping
/// one costs a subject match at most, where refusing the item (as before session 43) cost every subscriber the alert.
/// The item's title, content and summary are still refused when they cannot be cleaned, as the alert would say
/// something else than the newsroom wrote; the feed's title is dropped (<see cref="FeedArticles.ToArticle"/>).
/// </summary>
public static class FeedCategories
{
    /// <summary>The longest category kept, in UTF-16 code units (200): the API's rule for a subject (<see cref="JsonFields.Subjects"/>).</summary>
    public const int MaxLength = 200;

    /// <summary>The most categories kept per item (100): the API's <see cref="JsonFields.MaxSubjects"/>.</summary>
    public const int MaxCount = JsonFields.MaxSubjects;

    /// <summary>The categories kept, cleaned, in the item's order.</summary>
    /// <param name="categories">The item's categories as read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="categories"/> is null.</exception>
    public static IReadOnlyList<string> Keep(IReadOnlyList<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var kept = new List<string>();
        foreach (var category in categories)
        {
            if (kept.Count == MaxCount)
            {
                break;
            }

            if (category is null)
            {
                continue;
            }

            var (text, reason) = FreeText.Salvage(category, lineBreaks: false);
            if (reason is null && !string.IsNullOrWhiteSpace(text) && text.Length <= MaxLength)
            {
                kept.Add(text);
            }
        }

        return kept;
    }
}
