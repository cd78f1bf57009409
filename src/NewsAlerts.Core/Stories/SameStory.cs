namespace NewsAlerts.Core.Stories;

using System.Security.Cryptography;
using System.Text;
using NewsAlerts.Core.Articles;

/// <summary>
/// The rule for "these articles tell one story" when their ids differ (a newsroom re-posting a story under a new id,
/// syndication, the local demo publishing its sample again at each start; trial s42 #15). Two articles are the same
/// story when they share any of these keys (<see cref="KeysOf"/>), and so, through a third, when a chain of shared keys
/// joins them:
/// <list type="bullet">
/// <item><b>link</b>: the same canonical link (<see cref="StoryLink"/>: one page under http or https, with or without
/// <c>www.</c>, a fragment, a trailing slash or tracking parameters);</item>
/// <item><b>text</b>: the same headline and the same lede (the body's first <see cref="LedeWords"/> words), both folded
/// by <see cref="StoryText"/> (case, punctuation and spacing do not count; digits do): a re-post or a syndicated copy;</item>
/// <item><b>source and headline</b>: the same named source and the same folded headline of at least
/// <see cref="MinHeadlineWords"/> words: one newsroom does not run two stories under one such headline in one digest
/// (it re-posts or updates the one); shorter headlines ("Live updates", "Morning briefing") are not keys, as a
/// newsroom repeats them for different stories.</item>
/// </list>
/// Headlines of different sources that agree but whose text differs are different stories (two reports of one event
/// keep both points of view). The keys are SHA-256 hex, so they hold no text.
/// </summary>
public static class SameStory
{
    /// <summary>How many words of the body are its lede (30).</summary>
    public const int LedeWords = 30;

    /// <summary>The fewest words of a body's lede for headline and lede to name a story (8).</summary>
    public const int MinLedeWords = 8;

    /// <summary>The fewest words of a headline that, with its source, names a story alone (4).</summary>
    public const int MinHeadlineWords = 4;

    /// <summary>The keys of <paramref name="article"/>: <c>text:</c> (with a lede of at least <see cref="MinLedeWords"/> words), <c>link:</c> and <c>source:</c> then 64 hex digits; none to three.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static IReadOnlyList<string> KeysOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var keys = new List<string>(3);
        var headline = StoryText.Fold(article.Headline);
        // The text key needs a real lede: a short or empty body ("Read more on our site") under a common headline
        // ("Live updates") would make different stories one and drop all but the newest (review s43).
        var lede = StoryText.Fold(article.Body, LedeWords);
        if (StoryText.WordCount(lede) >= MinLedeWords)
        {
            keys.Add("text:" + Hash(headline + "\n" + lede));
        }

        if (StoryLink.Of(article.Url) is { } link)
        {
            keys.Add("link:" + Hash(link));
        }

        var source = StoryText.Fold(article.Source);
        if (source.Length > 0 && StoryText.WordCount(headline) >= MinHeadlineWords)
        {
            keys.Add("source:" + Hash(source + "\n" + headline));
        }

        return keys;
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> share a key (<see cref="KeysOf"/>).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Same(Article a, Article b) => KeysOf(a).Intersect(KeysOf(b), StringComparer.Ordinal).Any();

    /// <summary>
    /// One item per story: items whose articles tell one story (directly or through a chain of shared keys) become the
    /// one whose article wins (the most recently published; then the more urgent; then the later version; then the
    /// earlier in <paramref name="items"/>), kept where the first item of its story stood; the others are left out.
    /// </summary>
    /// <typeparam name="T">An item carrying an article (a digest's entry and article).</typeparam>
    /// <param name="items">The items, in the order to keep.</param>
    /// <param name="article">Each item's article.</param>
    /// <returns>The winners, in the order of their stories' first items.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<T> Collapse<T>(IReadOnlyList<T> items, Func<T, Article> article)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(article);
        var parent = Enumerable.Range(0, items.Count).ToArray();
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var key in KeysOf(article(items[i])))
            {
                if (owner.TryGetValue(key, out var other))
                {
                    Join(parent, i, other);
                }
                else
                {
                    owner[key] = i;
                }
            }
        }

        var stories = Enumerable.Range(0, items.Count).GroupBy(i => Root(parent, i)).OrderBy(g => g.Min());
        return [.. stories.Select(g => items[g.OrderBy(i => i, new Winner<T>(items, article)).First()])];
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Join(int[] parent, int a, int b)
    {
        var (ra, rb) = (Root(parent, a), Root(parent, b));
        parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }

    // Orders items' indices winner first: newest published, then more urgent (lower IPTC number), later version, earlier index.
    private sealed class Winner<T>(IReadOnlyList<T> items, Func<T, Article> article) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var (a, b) = (article(items[x]), article(items[y]));
            var order = b.PublishedAt.CompareTo(a.PublishedAt);
            order = order != 0 ? order : a.Urgency.CompareTo(b.Urgency);
            order = order != 0 ? order : b.Version.CompareTo(a.Version);
            return order != 0 ? order : x.CompareTo(y);
        }
    }
}
