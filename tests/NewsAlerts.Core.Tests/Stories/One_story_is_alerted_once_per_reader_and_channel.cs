namespace NewsAlerts.Core.Tests.Stories;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Stories;

// Session 44: two newsrooms (or one feed re-posting under a new id) publishing one wire story sent a reader two alerts.
// The copies an alert carries keys for (AlertPlanner.ContentOf) and what holds the second one back (StoryCopies.Covering).
public sealed class One_story_is_alerted_once_per_reader_and_channel
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private const string Headline = "Kerry sees hope of extending Syrian truce to Aleppo";
    private const string Body = "Despite several days of deadly attacks, US Secretary of State John Kerry says he is hopeful that he and other parties can extend a truce to the embattled Syrian city of Aleppo.";

    [Theory]
    [InlineData("https://gazette.example/world/truce", "https://gazette.example/world/truce?utm_source=newsletter&utm_medium=email")]
    [InlineData("https://gazette.example/world/truce", "http://gazette.example/world/truce")]
    [InlineData("https://gazette.example/world/truce", "https://gazette.example/world/truce/")]
    [InlineData("https://www.gazette.example/world/truce#top", "https://gazette.example/world/truce")]
    public void The_same_page_with_tracking_another_scheme_or_a_trailing_slash_is_one_story(string first, string second)
    {
        var a = Article("urn:a", "Truce talks", "Short.", "Gazette", new Uri(first));
        var b = Article("urn:b", "Truce talks resume", "Other words.", "Other", new Uri(second));

        Assert.True(Shared(a, b));
    }

    [Theory]
    [InlineData("KERRY SEES HOPE OF EXTENDING SYRIAN TRUCE TO ALEPPO")]
    [InlineData("Kerry sees hope of extending Syrian truce to Aleppo!")]
    [InlineData("Kerry sees hope — of extending Syrian truce, to Aleppo.")]
    public void The_same_headline_and_lede_in_other_case_or_punctuation_is_one_story(string headline)
    {
        var wire = Article("urn:wire:1", Headline, Body, "Reuters", new Uri("https://wire.example/kerry"));
        var copy = Article("https://paper.example/123", headline, Body.ToUpperInvariant(), "The Paper", new Uri("https://paper.example/123"));

        Assert.True(Shared(wire, copy));
    }

    [Fact]
    public void A_translated_copy_is_another_story()
    {
        var english = Article("urn:en", Headline, Body, "Reuters", new Uri("https://wire.example/en/kerry"));
        var french = Article("urn:fr", "Kerry espère étendre la trêve syrienne à Alep",
            "Malgré plusieurs jours d'attaques meurtrières, le secrétaire d'État américain John Kerry se dit confiant de pouvoir étendre une trêve à la ville syrienne d'Alep.",
            "Reuters", new Uri("https://wire.example/fr/kerry"));

        Assert.False(Shared(english, french));
    }

    [Fact]
    public void Another_story_under_a_short_common_headline_is_not_held_back()
    {
        var a = Article("urn:a", "Live updates", "Read more.", "Gazette", new Uri("https://gazette.example/live/1"));
        var b = Article("urn:b", "Live updates", "Read more.", "Gazette", new Uri("https://gazette.example/live/2"));

        Assert.False(Shared(a, b));
    }

    [Fact]
    public void A_copy_the_reader_received_holds_the_next_back_with_its_headline_and_time()
    {
        var first = Copy("urn:a", Noon, "Truce extended to Aleppo");
        var sent = new LedgerEntry("s1", Channel.Email, LedgerState.Sent, null, Noon.AddMinutes(3));

        var reason = StoryCopies.Covering(Copy("urn:b", Noon.AddMinutes(10)), [new CopyStanding(first, sent, Queued: true, InSentDigest: false)]);

        Assert.Equal("same story as \"Truce extended to Aleppo\" sent at 2026-12-03 12:03 UTC", reason);
        Assert.True(StoryCopies.IsSameStoryReason(reason));
    }

    [Fact]
    public void A_copy_received_counts_whichever_came_first_and_a_delivered_one_too()
    {
        var later = Copy("urn:z", Noon.AddMinutes(30));
        var delivered = new LedgerEntry("s1", Channel.Sms, LedgerState.Delivered, null, Noon.AddMinutes(31));

        Assert.NotNull(StoryCopies.Covering(Copy("urn:a", Noon), [new CopyStanding(later, delivered, false, false)]));
    }

    [Fact]
    public void Of_two_copies_on_their_way_the_first_goes_and_the_second_waits_for_nothing()
    {
        var (a, b) = (Copy("urn:a", Noon), Copy("urn:b", Noon.AddSeconds(1)));
        var claimed = new LedgerEntry("s1", Channel.Email, LedgerState.Claimed, null, Noon);

        Assert.Null(StoryCopies.Covering(a, [new CopyStanding(b, claimed, true, false)]));
        Assert.Equal("same story as \"Headline\" already on its way", StoryCopies.Covering(b, [new CopyStanding(a, claimed, true, false)]));
        // Queued, no row yet: the same order.
        Assert.Null(StoryCopies.Covering(a, [new CopyStanding(b, null, true, false)]));
        Assert.NotNull(StoryCopies.Covering(b, [new CopyStanding(a, null, true, false)]));
        // Recorded at the same instant: the smaller id is first.
        var twin = Copy("urn:b", Noon);
        Assert.NotNull(StoryCopies.Covering(twin, [new CopyStanding(a, null, true, false)]));
        Assert.Null(StoryCopies.Covering(a, [new CopyStanding(twin, null, true, false)]));
    }

    [Theory]
    [InlineData(LedgerState.Failed)]
    [InlineData(LedgerState.Skipped)]
    [InlineData(LedgerState.HeldByCap)]
    [InlineData(LedgerState.HeldStale)]
    [InlineData(LedgerState.DeadLettered)]
    public void A_copy_the_reader_never_got_holds_nothing_back(LedgerState state)
    {
        var first = Copy("urn:a", Noon);
        var row = new LedgerEntry("s1", Channel.Email, state, "why", Noon);

        Assert.Null(StoryCopies.Covering(Copy("urn:b", Noon.AddMinutes(1)), [new CopyStanding(first, row, Queued: true, InSentDigest: false)]));
    }

    [Fact]
    public void A_copy_in_a_sent_digest_holds_back_and_its_own_article_never_does()
    {
        var self = Copy("urn:b", Noon);
        Assert.Equal("same story as \"Headline\" sent in a digest", StoryCopies.Covering(self, [new CopyStanding(Copy("urn:a", Noon.AddHours(-2)), null, false, InSentDigest: true)]));
        var ownRow = new LedgerEntry("s1", Channel.Email, LedgerState.Sent, null, Noon);
        Assert.Null(StoryCopies.Covering(self, [new CopyStanding(self, ownRow, true, true)]));
    }

    [Fact]
    public void Only_the_first_copies_recorded_are_read_and_never_the_alerts_own()
    {
        var found = Enumerable.Range(0, 20).Select(i => Copy($"urn:{i:D2}", Noon.AddMinutes(20 - i))).ToList();

        var read = StoryCopies.OthersToRead("urn:19", found);

        Assert.Equal(StoryCopies.MaxCopiesRead, read.Count);
        Assert.Equal(["urn:18", "urn:17"], read.Take(2).Select(c => c.ArticleId));
        Assert.DoesNotContain(read, c => c.ArticleId == "urn:19");
    }

    [Fact]
    public void A_long_headline_is_quoted_cut()
    {
        var reason = StoryCopies.QueuedReason(Copy("urn:a", Noon, new string('x', 500)));

        Assert.True(reason.Length < 200, reason);
        Assert.Contains("…\"", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Recipients_already_having_the_story_are_recorded_skipped_with_the_reason_and_done_ones_left_alone()
    {
        var skipped = RecipientDecisions.IfSameStory("s1", ClaimResult.Claimed, "same story as \"x\" sent");
        Assert.Equal((RecipientResult.Skipped, LedgerState.Skipped, "same story as \"x\" sent"), (skipped!.Result, skipped.Record!.State, skipped.Record.Reason));
        Assert.Equal(RecipientResult.AlreadyDone, RecipientDecisions.IfSameStory("s1", ClaimResult.AlreadyDone, "same story as \"x\" sent")!.Result);
        Assert.Null(RecipientDecisions.IfSameStory("s1", ClaimResult.Claimed, null));
    }

    [Fact]
    public void The_window_defaults_to_a_news_day_and_zero_turns_it_off()
    {
        Assert.Equal(TimeSpan.FromHours(24), SameStoryWindow.Default.Length);
        Assert.Equal(24, new NewsAlerts.Core.Configuration.AlertsOptions().SameStoryWindowHours);
        Assert.False(new SameStoryWindow(TimeSpan.Zero).IsOn);
        Assert.Equal(Noon.AddHours(-24), SameStoryWindow.Default.Since(Noon));
    }

    // Whether the alerts of a and b carry a key in common (what the dispatcher looks copies up by).
    private static bool Shared(Article a, Article b) =>
        SameStory.Split(AlertPlanner.ContentOf(a).StoryKeys).Intersect(SameStory.Split(AlertPlanner.ContentOf(b).StoryKeys), StringComparer.Ordinal).Any();

    private static StoryCopy Copy(string id, DateTimeOffset at, string headline = "Headline") => new(id, headline, at, ["link:x"]);

    private static Article Article(string id, string headline, string body, string? source, Uri? url) =>
        new(id, 1, headline, body, null, source, "en", [], 3, url, Noon);
}
