namespace NewsAlerts.Core.Tests.Digests;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Subscribers;

// Trial s42 #15: "Your news digest: 8 stories" listed 4 stories, two of them 3 times (one per `dev` start), and the
// console's story without its source. The trial's 8 entries are the input; the digest lists 4 and counts 4.
public sealed class A_digest_lists_each_story_once
{
    private static readonly DateTimeOffset Due = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);
    private static readonly Topic[] Topics = [new("t1", "Syria (truce OR \"peace talks\") -football", false)];
    private const string Kerry = "Kerry sees hope of extending Syrian truce to Aleppo";
    private const string Ceasefire = "Ceasefire in Syria holds for a second night";

    [Fact]
    public void The_trials_eight_entries_are_four_stories_each_once_newest_first()
    {
        var articles = new[]
        {
            Newsroom(1796308801930, new(2026, 12, 3, 14, 40, 1, TimeSpan.Zero)),
            Newsroom(1796308424330, new(2026, 12, 3, 14, 33, 44, TimeSpan.Zero)),
            new Article("https://gazette.example.com/syria-talks", 1, "Syria ceasefire talks open in Geneva", "Syrian delegations arrived for peace talks.", null, "Trial Gazette", "en", [], 2, new Uri("https://gazette.example.com/syria-talks"), new(2026, 12, 3, 14, 30, 0, TimeSpan.Zero)),
            Newsroom(1796307882639, new(2026, 12, 3, 14, 24, 42, TimeSpan.Zero)),
            new Article("urn:trial:syria-truce-aleppo-1", 2, "Syria truce extended to eastern Aleppo after weekend talks", "The Syrian government and rebel groups agreed on Sunday to extend the truce to Aleppo.", null, null, "en", [], 1, new Uri("https://news.example.com/syria-truce-aleppo"), new(2026, 12, 3, 14, 20, 0, TimeSpan.Zero)),
            Sample("1a2b3c4d"),
            Sample("5e6f7a8b"),
            Sample("9c0d1e2f"),
        }.ToDictionary(a => a.Id);
        var entries = articles.Values.Select(a => new DigestEntry("s1", Due, a.Id, "t1", "\"syria\" in the headline", a.PublishedAt)).ToList();
        var batch = DigestBatches.Of(entries).Single();

        var email = DigestComposer.Compose(batch, entries, articles, Topics, TimeZoneInfo.Utc);
        var items = email.Sections.Single().Items;

        Assert.Equal(8, batch.ArticleIds.Count); // every entry goes with the batch, so all eight are marked sent
        Assert.Equal([Ceasefire, "Syria ceasefire talks open in Geneva", "Syria truce extended to eastern Aleppo after weekend talks", Kerry], items.Select(i => i.Headline));
        Assert.Equal("urn:demo:newsroom:1796308801930", items[0].ArticleId); // the newest re-post wins
        Assert.Equal(4, new DigestEmailRequest("s1", "a@example.com", email, new Uri("https://x.example/m"), new Uri("https://x.example/u"), "k").StoryCount);
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.Source)));
        Assert.Equal("news.example.com", items[2].Source);
    }

    [Fact]
    public void When_the_newest_copy_is_withdrawn_an_older_one_still_tells_the_story()
    {
        var kept = Sample("aaaa0000");
        var withdrawn = Sample("bbbb1111") with { PublishedAt = kept.PublishedAt.AddHours(1), Notice = new ArticleNotice(NoticeKind.Withdrawn, "wrong") };
        var articles = new[] { kept, withdrawn }.ToDictionary(a => a.Id);
        var entries = articles.Values.Select(a => new DigestEntry("s1", Due, a.Id, "t1", "r", a.PublishedAt)).ToList();

        var email = DigestComposer.Compose(DigestBatches.Of(entries).Single(), entries, articles, Topics, TimeZoneInfo.Utc);

        Assert.Equal([kept.Id], email.Sections.Single().Items.Select(i => i.ArticleId));
    }

    private static Article Newsroom(long id, DateTimeOffset at) => new(
        $"urn:demo:newsroom:{id}", 1, Ceasefire, $"The ceasefire in northern Syria held for a second night, monitors said at {at:HH:mm:ss} UTC on 3 December 2026.",
        null, "Demo Newsroom", "en", [], 2, new Uri($"https://newsroom.demo.newsalerts.local/urn%3Ademo%3Anewsroom%3A{id}"), at);

    private static Article Sample(string run) => new(
        $"urn:newsalerts:sample:kerry-syria-truce-aleppo:demo-{run}", 1, Kerry, "Despite several days of deadly attacks, US Secretary of State John Kerry says he is hopeful.",
        null, "The Straits Times", "en", [], 1, null, new(2016, 5, 3, 0, 0, 0, TimeSpan.Zero));
}
