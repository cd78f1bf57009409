namespace NewsAlerts.Core.Tests.Digests;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;

public sealed class A_digest_email_groups_stories_by_topic_newest_first
{
    private static readonly DateTimeOffset Seven = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private static readonly Topic[] Topics = [new("t1", "Syria", false), new("t2", "ceasefire", false)];

    [Fact]
    public void Sections_follow_the_subscribers_topic_order_with_times_on_their_clock()
    {
        var entries = new[]
        {
            Entry("urn:truce", "t2", "\"ceasefire\" via \"truce\""),
            Entry("urn:aleppo", "t1", "\"Syria\" in the headline"),
            Entry("urn:damascus", "t1", "\"Syria\" in the body"),
            Entry("urn:dropped-topic", "t7", "a topic since removed"),
        };
        var articles = new[]
        {
            Article("urn:truce", "Truce holds", new DateTimeOffset(2026, 11, 30, 5, 0, 0, TimeSpan.Zero)),
            Article("urn:aleppo", "Aleppo reopens", new DateTimeOffset(2026, 11, 30, 4, 0, 0, TimeSpan.Zero)),
            Article("urn:damascus", "Damascus talks", new DateTimeOffset(2026, 11, 29, 22, 15, 0, TimeSpan.Zero)),
            Article("urn:dropped-topic", "Other story", new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.Zero)),
        }.ToDictionary(a => a.Id);
        var batch = DigestBatches.Of(entries.Select((e, i) => e with { PublishedAt = articles[e.ArticleId].PublishedAt })).Single();

        var email = DigestComposer.Compose(batch, entries, articles, Topics, LocalClock.Zone("America/Santiago"));

        Assert.Equal(["Syria", "ceasefire", DigestComposer.OtherTopic], email.Sections.Select(s => s.Topic));
        Assert.Equal(["Aleppo reopens", "Damascus talks"], email.Sections[0].Items.Select(i => i.Headline));
        Assert.Equal("Mon, Nov 30, 2026, 01:00 (Santiago time)", email.Sections[0].Items[0].PublishedLocal); // 04:00 UTC is 01:00 in Santiago (-03)
        Assert.Equal("\"ceasefire\" via \"truce\"", email.Sections[1].Items.Single().Reason);
        Assert.Equal("Wire", email.Sections[1].Items.Single().Source);
    }

    [Fact]
    public void A_withdrawn_story_is_left_out_and_a_digest_of_only_withdrawn_stories_is_empty()
    {
        var entries = new[] { Entry("urn:gone", "t1", "r") };
        var batch = DigestBatches.Of(entries).Single();

        var email = DigestComposer.Compose(batch, entries, new Dictionary<string, Article>(), Topics, TimeZoneInfo.Utc);

        Assert.True(email.IsEmpty);
    }

    private static DigestEntry Entry(string articleId, string topicId, string reason) =>
        new("s1", Seven, articleId, topicId, reason, Seven.AddHours(-1));

    private static Article Article(string id, string headline, DateTimeOffset publishedAt) =>
        new(id, 1, headline, "Body", null, "Wire", "en", [], 5, new Uri($"https://news.example/{id[4..]}"), publishedAt);
}
