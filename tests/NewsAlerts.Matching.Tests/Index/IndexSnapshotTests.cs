using NewsAlerts.Matching.Index;
using NewsAlerts.Matching.Tests.Support;

namespace NewsAlerts.Matching.Tests.Index;

public sealed class IndexSnapshotTests
{
    [Fact]
    public void Loaded_snapshot_matches_exactly_like_the_saved_index()
    {
        var index = new PercolatorIndex();
        index.AddRange([
            new TopicSubscription("s1", "u1", "Syria"),
            new TopicSubscription("s2", "u2", "syria"),
            new TopicSubscription("s3", "u3", "Syria", Exact: true),
            new TopicSubscription("s4", "u4", "ceasefires AND headline:Aleppo"),
            new TopicSubscription("s5", "u5", "Kerry NEAR/3 hope"),
            new TopicSubscription("s6", "u6", "subject:\"armed conflict\" urgency:<=3"),
            new TopicSubscription("s7", "u7", "Syria AND football"),
        ]);
        index.Remove("s2");
        index.Add(new TopicSubscription("s8", "u8", "\"peace talks\" OR truce*"));

        var loaded = RoundTrip(index);

        var article = SharedData.SampleArticle();
        Assert.Equal(index.Count, loaded.Count);
        Assert.Equal(Describe(index.Match(article)), Describe(loaded.Match(article)));
        Assert.Equal(["s1", "s3", "s4", "s5", "s6", "s8"], loaded.Match(article).Select(m => m.TopicSubscription.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void What_optimising_learnt_survives_the_snapshot_and_keeps_counting()
    {
        var index = new PercolatorIndex();
        index.AddRange([
            new TopicSubscription("s1", "u1", "Syria AND ceasefire"),
            new TopicSubscription("s2", "u2", "Kerry AND Lavrov AND talks"),
            new TopicSubscription("s3", "u3", "\"peace talks\" Geneva"),
        ]);
        var article = SharedData.SampleArticle();
        for (var i = 0; i < PercolatorIndex.MinimumArticlesForStatistics + 100; i++)
        {
            index.MatchTopics(article);
        }

        Assert.True(index.Optimize());
        var loaded = RoundTrip(index);
        index.Add(new TopicSubscription("s4", "u4", "Aleppo AND Damascus AND truce"));
        loaded.Add(new TopicSubscription("s4", "u4", "Aleppo AND Damascus AND truce"));

        Assert.Equal(index.ObservedArticles, loaded.ObservedArticles);
        Assert.True(loaded.ObservedArticles >= PercolatorIndex.MinimumArticlesForStatistics);
        index.MatchTopics(article, out var candidatesBefore);
        loaded.MatchTopics(article, out var candidatesAfter);
        Assert.Equal(candidatesBefore, candidatesAfter);
        Assert.True(loaded.Optimize());
    }

    [Fact]
    public void A_fresh_index_has_observed_nothing_and_its_snapshot_says_so()
    {
        var index = new PercolatorIndex();
        index.Add(new TopicSubscription("s1", "u1", "Syria"));

        var loaded = RoundTrip(index);

        Assert.Equal(0, loaded.ObservedArticles);
        Assert.False(loaded.Optimize());
    }

    [Fact]
    public void A_damaged_snapshot_fails_with_invalid_data_and_nothing_else()
    {
        var index = new PercolatorIndex();
        index.AddRange([
            new TopicSubscription("s1", "u1", "Syria AND ceasefire"),
            new TopicSubscription("s2", "u2", "\"peace talks\" OR truce*"),
            new TopicSubscription("s3", "u3", "Kerry NEAR/3 Lavrov -football"),
            new TopicSubscription("s4", "u4", "subject:\"armed conflict\" urgency:<=3"),
        ]);
        for (var i = 0; i < PercolatorIndex.MinimumArticlesForStatistics; i++)
        {
            index.MatchTopics(SharedData.SampleArticle());
        }

        using var saved = new MemoryStream();
        IndexSnapshot.Save(index, saved);
        var bytes = saved.ToArray();
        var random = new Random(20261128);
        var unexpected = new List<string>();
        for (var trial = 0; trial < 2_000; trial++)
        {
            var damaged = (byte[])bytes.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                damaged[random.Next(8, damaged.Length)] = (byte)random.Next(256);
            }

            try
            {
                IndexSnapshot.Load(new MemoryStream(damaged));
            }
            catch (InvalidDataException)
            {
                // The one failure a caller has to expect.
            }
            catch (Exception ex)
            {
                unexpected.Add($"trial {trial}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.Empty(unexpected);
    }

    [Fact]
    public void Loading_something_else_fails_with_invalid_data()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]);

        Assert.Throws<InvalidDataException>(() => IndexSnapshot.Load(stream));
    }

    [Fact]
    public void Truncated_snapshot_fails_with_invalid_data()
    {
        var index = new PercolatorIndex();
        index.Add(new TopicSubscription("s1", "u1", "Syria AND ceasefire"));
        using var full = new MemoryStream();
        IndexSnapshot.Save(index, full);

        using var truncated = new MemoryStream(full.ToArray()[..(int)(full.Length / 2)]);

        Assert.Throws<InvalidDataException>(() => IndexSnapshot.Load(truncated));
    }

    [Fact]
    public void Loaded_index_accepts_new_topics_and_removals()
    {
        var index = new PercolatorIndex();
        index.Add(new TopicSubscription("s1", "u1", "Syria"));
        var loaded = RoundTrip(index);

        loaded.Add(new TopicSubscription("s2", "u2", "Aleppo AND hospital"));
        loaded.Add(new TopicSubscription("s3", "u3", "football"));
        Assert.True(loaded.Remove("s1"));

        Assert.Equal(["s2"], loaded.Match(SharedData.SampleArticle()).Select(m => m.TopicSubscription.Id));
    }

    private static List<string> Describe(IEnumerable<SubscriptionMatch> matches) =>
        [.. matches.Select(m => $"{m.TopicSubscription} {m.Explanation}").Order(StringComparer.Ordinal)];

    private static PercolatorIndex RoundTrip(PercolatorIndex index)
    {
        using var stream = new MemoryStream();
        IndexSnapshot.Save(index, stream);
        stream.Position = 0;
        return IndexSnapshot.Load(stream);
    }
}
