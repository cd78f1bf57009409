using CsCheck;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Index;

/// <summary>The presearcher must never miss a match that evaluating every topic (brute force) finds.</summary>
public sealed class PresearcherPropertyTests
{
    private static readonly string[] Vocabulary =
    [
        "syria", "Syrian", "truce", "ceasefire", "cease", "fire", "talks", "peace", "Aleppo", "Kerry", "Turkey",
        "Turkish", "war", "warfare", "the", "of", "quake", "earthquake", "Reuters", "armistice", "hostilities", "cessation",
    ];

    private static readonly Gen<string> Word = Gen.OneOf(Vocabulary);

    private static readonly Gen<string> Leaf = Gen.Frequency(
        (6, Word),
        (1, Word.Where(w => w.Length >= 3).Select(w => w[..3] + "*")),
        (1, Word.Select(w => "=" + w)),
        (1, Word.Select(w => "headline:" + w)),
        (1, Word.Select(w => "body:" + w)),
        (2, Gen.Select(Word, Word, (a, b) => $"\"{a} {b}\"")),
        (1, Gen.OneOf("source:reuters", "lang:en", "urgency:<=3", "subject:\"armed conflict\"")));

    private static readonly Gen<string> Topic = Node(3);

    private static readonly Gen<string> Text = Gen.Select(
        Gen.OneOf([.. Vocabulary, "-", "'s", ".", "cease-fire", "Syria's", "xyz"]).Array[0, 25],
        words => string.Join(' ', words).Replace(" -", "-", StringComparison.Ordinal).Replace(" 's", "'s", StringComparison.Ordinal));

    private static readonly Gen<ArticleDocument> Article = Gen.Select(
        Text, Text, Gen.OneOf<string?>("Reuters", "AP", null), Gen.OneOf<string?>("en", null),
        Gen.OneOf<string[]?>(null, ["civil war"], ["economy"]), Gen.OneOf<int?>(null, 1, 3, 5),
        (h, b, s, l, j, u) => new ArticleDocument("a", h, b, s, l, j, u));

    private static Gen<string> Node(int depth) => depth == 0
        ? Leaf
        : Gen.Frequency(
            (4, Leaf),
            (2, Gen.Select(Node(depth - 1), Node(depth - 1), (a, b) => $"({a} AND {b})")),
            (2, Gen.Select(Node(depth - 1), Node(depth - 1), (a, b) => $"({a} OR {b})")),
            (1, Gen.Select(Node(depth - 1), Node(depth - 1), (a, b) => $"({a} -{b})")),
            (1, Gen.Select(Word, Word, Gen.Int[1, 4], (a, b, n) => $"{a} NEAR/{n} {b}")));

    [Fact]
    public void Presearch_finds_every_match_that_brute_force_finds()
    {
        Gen.Select(Topic.Array[1, 30], Gen.Bool.Array[30], Article.Array[1, 6]).Sample((topics, exact, articles) =>
        {
            var index = new PercolatorIndex();
            index.AddRange(topics.Select((t, i) => new TopicSubscription("s" + i, "u" + i, t, exact[i])));
            foreach (var article in articles)
            {
                AssertSameMatches(index, article);
            }
        }, iter: 300);
    }

    [Fact]
    public void Presearch_finds_every_match_after_adds_updates_and_removes()
    {
        Gen.Select(Topic.Array[10, 40], Gen.Int[0, 39].Array[0, 20], Article.Array[1, 4]).Sample((topics, changes, articles) =>
        {
            var index = new PercolatorIndex();
            index.AddRange(topics.Take(topics.Length / 2).Select((t, i) => new TopicSubscription("s" + i, "u" + i, t)));
            for (var i = topics.Length / 2; i < topics.Length; i++)
            {
                index.Add(new TopicSubscription("s" + i, "u" + i, topics[i]));
            }

            foreach (var change in changes)
            {
                if (change % 3 == 0)
                {
                    index.Remove("s" + change);
                }
                else
                {
                    index.Update(new TopicSubscription("s" + change, "u", topics[(change * 7) % topics.Length]));
                }
            }

            foreach (var article in articles)
            {
                AssertSameMatches(index, article);
            }
        }, iter: 200);
    }

    [Fact]
    public void Presearch_finds_every_match_after_optimising_keys_from_observed_articles()
    {
        Gen.Select(Topic.Array[5, 30], Article.Array[PercolatorIndex.MinimumArticlesForStatistics + 100, 1_300], Article.Array[1, 5]).Sample((topics, seen, articles) =>
        {
            var index = new PercolatorIndex();
            index.AddRange(topics.Select((t, i) => new TopicSubscription("s" + i, "u" + i, t)));
            foreach (var article in seen)
            {
                index.MatchTopics(article);
            }

            Assert.True(index.Optimize());
            foreach (var article in articles)
            {
                AssertSameMatches(index, article);
            }
        }, iter: 30, threads: 1);
    }

    private static void AssertSameMatches(PercolatorIndex index, ArticleDocument article)
    {
        var expected = index.MatchEveryTopic(article).SelectMany(t => t.Subscriptions).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
        var actual = index.Match(article).Select(m => m.TopicSubscription.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }
}
