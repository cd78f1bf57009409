using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Languages;

/// <summary>A snapshot keeps each topic's languages and its clause tree per language.</summary>
public sealed class LanguageSnapshotTests
{
    [Fact]
    public void Topics_in_other_languages_match_the_same_after_a_snapshot_load()
    {
        var index = new PercolatorIndex();
        index.AddRange([
            new TopicSubscription("s1", "u1", "快乐"),
            new TopicSubscription("s2", "u2", "élections", Language: "fr"),
            new TopicSubscription("s3", "u3", "Merkel", AlsoIn: ["de"]),
        ]);
        using var stream = new MemoryStream();
        IndexSnapshot.Save(index, stream);
        stream.Position = 0;

        var loaded = IndexSnapshot.Load(stream);

        Assert.Equal("s1", Assert.Single(loaded.Match(new ArticleDocument("a1", "祝你们新年快乐", string.Empty, Language: "zh"))).TopicSubscription.Id);
        Assert.Equal("s2", Assert.Single(loaded.Match(new ArticleDocument("a2", "L'élection présidentielle", string.Empty, Language: "fr"))).TopicSubscription.Id);
        Assert.Equal("s3", Assert.Single(loaded.Match(new ArticleDocument("a3", "Merkel besucht Paris", string.Empty, Language: "de"))).TopicSubscription.Id);
        Assert.Empty(loaded.Match(new ArticleDocument("a4", "Merkel visite Paris", string.Empty, Language: "fr")));
        Assert.True(loaded.Remove("s3"));
        Assert.Equal(2, loaded.Count);
    }
}
