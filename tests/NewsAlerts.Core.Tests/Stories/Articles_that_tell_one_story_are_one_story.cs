namespace NewsAlerts.Core.Tests.Stories;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Stories;

// Trial s42 #15: the same story under new ids (the demo's sample at each `dev` start, a newsroom's re-post, syndication)
// was listed once per id. Each row is one member of that kind, and one of its neighbours that must stay apart.
public sealed class Articles_that_tell_one_story_are_one_story
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private const string Kerry = "Kerry sees hope of extending Syrian truce to Aleppo";
    private const string Quake = "A strong earthquake struck the coast overnight, officials said, and no damage was reported.";
    private const string KerryBody = "Despite several days of deadly attacks, US Secretary of State John Kerry says he is hopeful that he and other parties can extend a truce to the embattled Syrian city of Aleppo.";

    [Fact]
    public void The_demo_sample_published_again_under_a_new_id_is_the_same_story()
    {
        // The trial's input: the sample article with ":demo-<run>" appended to its uri, no link.
        var first = Article("urn:newsalerts:sample:kerry-syria-truce-aleppo:demo-1a2b3c4d", Kerry, KerryBody, "The Straits Times", url: null);
        var second = first with { Id = "urn:newsalerts:sample:kerry-syria-truce-aleppo:demo-9f8e7d6c" };

        Assert.True(SameStory.Same(first, second));
    }

    [Fact]
    public void A_syndicated_copy_with_other_case_punctuation_and_spacing_is_the_same_story()
    {
        var wire = Article("urn:wire:1", Kerry, KerryBody, "Reuters", new Uri("https://wire.example/kerry"));
        var copy = Article("https://paper.example/world/123", "KERRY sees hope of extending Syrian truce to Aleppo!", "Despite several days of deadly attacks,  US Secretary of State John Kerry says he is hopeful that he and other parties can extend a truce to the embattled Syrian city of Aleppo. A paragraph the paper added.", "The Paper", new Uri("https://paper.example/world/123"));

        Assert.True(SameStory.Same(wire, copy));
    }

    [Fact]
    public void The_same_page_under_another_id_is_the_same_story_whatever_its_link_decoration()
    {
        var feed = Article("urn:feed:1", "Ceasefire holds", "Monitors said.", "Gazette", new Uri("https://www.gazette.example/syria/ceasefire/?utm_source=rss#top"));
        var api = Article("cms-42", "Ceasefire holds overnight", "Monitors said so on Friday.", "Gazette", new Uri("http://gazette.example/syria/ceasefire"));

        Assert.True(SameStory.Same(feed, api));
    }

    [Fact]
    public void One_source_reposting_a_headline_with_an_updated_body_is_the_same_story()
    {
        // The demo newsroom's item at each `dev` start: same headline and source, the body carrying the time.
        var first = Article("urn:demo:newsroom:1796307882639", "Ceasefire in Syria holds for a second night", "The ceasefire in northern Syria held for a second night, monitors said at 14:24:42 UTC on 3 December 2026.", "Demo Newsroom", new Uri("https://newsroom.demo.newsalerts.local/urn%3Ademo%3Anewsroom%3A1796307882639"));
        var again = Article("urn:demo:newsroom:1796308801930", "Ceasefire in Syria holds for a second night", "The ceasefire in northern Syria held for a second night, monitors said at 14:40:01 UTC on 3 December 2026.", "Demo Newsroom", new Uri("https://newsroom.demo.newsalerts.local/urn%3Ademo%3Anewsroom%3A1796308801930"));

        Assert.True(SameStory.Same(first, again));
    }

    [Theory]
    [InlineData("Different headline, same source and body", "Talks resume in Geneva", KerryBody, "The Straits Times")]
    [InlineData("Same headline, another source with its own text", Kerry, "Washington's top diplomat spoke of progress in Geneva on Monday.", "Other Daily")]
    [InlineData("A number changed in the headline", "Kerry sees hope of extending Syrian truce to Aleppo by 5 May", KerryBody, "The Straits Times")]
    public void Different_stories_stay_apart(string why, string headline, string body, string source)
    {
        var story = Article("urn:a", Kerry, KerryBody, "The Straits Times", new Uri("https://straits.example/a"));
        var other = Article("urn:b", headline, body, source, new Uri("https://other.example/b"));

        Assert.False(SameStory.Same(story, other), why);
    }

    [Fact]
    public void A_short_headline_a_newsroom_repeats_does_not_join_its_stories()
    {
        var monday = Article("urn:brief:mon", "Morning briefing", "Markets rose on Monday.", "Gazette", new Uri("https://gazette.example/brief/mon"));
        var tuesday = Article("urn:brief:tue", "Morning briefing", "Rain is expected on Tuesday.", "Gazette", new Uri("https://gazette.example/brief/tue"));

        Assert.False(SameStory.Same(monday, tuesday));
    }

    [Theory]
    [InlineData("Live updates", "", "")]
    [InlineData("Live updates", "Read more on our site.", "Read more on our site.")]
    [InlineData("Weather", "Sunny spells and showers.", "Sunny spells and showers.")]
    public void A_headline_without_a_lede_of_its_own_joins_no_stories(string headline, string firstBody, string secondBody)
    {
        // Review s43: headline and an empty or boilerplate body made different stories one, and all but the newest
        // left the digest. Headline and lede name a story only with a lede of MinLedeWords words.
        var first = Article("urn:live:1", headline, firstBody, null, null);
        var second = Article("urn:live:2", headline, secondBody, null, null, Noon.AddHours(1));

        Assert.False(SameStory.Same(first, second));
        Assert.Equal(2, SameStory.Collapse([first, second], a => a).Count);
    }

    [Fact]
    public void A_lede_is_read_from_the_start_of_a_body_however_long_it_is()
    {
        // Digests fold every story of every digest: only the start of a 200,000-character body is read for its lede.
        var short_ = Article("urn:kerry:short", Kerry, KerryBody, "The Straits Times", null);
        var long_ = Article("urn:kerry:long", Kerry, KerryBody + " " + string.Concat(Enumerable.Repeat("More lines follow here. ", 8_000)), "Other Daily", null);

        Assert.True(SameStory.Same(short_, long_));
        // A body that is one 200,000-letter run is not read to its end for a lede: the word after it is never reached.
        Assert.Equal(1, StoryText.WordCount(StoryText.Fold(new string('a', 200_000) + " b", SameStory.LedeWords)));
    }

    [Fact]
    public void Collapsing_keeps_one_item_per_story_the_newest_winning_in_the_place_of_its_first()
    {
        var older = Article("urn:kerry:1", Kerry, KerryBody, "The Straits Times", null, Noon.AddHours(-2));
        var other = Article("urn:talks", "Talks resume in Geneva", "Delegations returned.", "Gazette", null, Noon.AddHours(-1));
        var newer = older with { Id = "urn:kerry:2", PublishedAt = Noon };
        var third = older with { Id = "urn:kerry:3", PublishedAt = Noon.AddHours(-3) };

        var kept = SameStory.Collapse([older, other, newer, third], a => a);

        Assert.Equal(["urn:kerry:2", "urn:talks"], kept.Select(a => a.Id));
    }

    [Fact]
    public void Collapsing_joins_stories_through_a_chain_and_breaks_a_tie_by_urgency()
    {
        // a and b share a link, b and c their text: one story. Same time: the flash (urgency 1) wins.
        var a = Article("urn:a", "Quake hits the coast overnight", "First lines.", "Wire", new Uri("https://wire.example/quake"));
        var b = Article("urn:b", "Strong quake hits the coast", Quake, "Paper", new Uri("https://wire.example/quake?utm_medium=social"));
        var c = Article("urn:c", "Strong quake hits the coast", Quake, "Radio", null) with { Urgency = 1 };

        var kept = SameStory.Collapse([a, b, c], x => x);

        Assert.Equal(["urn:c"], kept.Select(x => x.Id));
    }

    private static Article Article(string id, string headline, string body, string? source, Uri? url, DateTimeOffset? at = null) =>
        new(id, 1, headline, body, null, source, "en", [], 3, url, at ?? Noon);
}
