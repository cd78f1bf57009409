namespace NewsAlerts.Core.Tests.Dispatch;

using System.Collections.Concurrent;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>
/// Review finding: an alert still waiting when its story was withdrawn (an SMS held for quiet hours, a batch in the
/// queue, a Retrying row) was sent later without a look at the story, while the withdrawal's follow-ups had gone only to
/// the rows already sent: that recipient got the withdrawn story and never the withdrawal.
/// </summary>
public sealed class An_alert_of_a_story_withdrawn_since_it_was_planned_is_never_sent
{
    private static readonly string[] Ids = ["s1", "s2", "s3"];

    [Fact]
    public async Task Its_recipients_are_recorded_skipped_as_story_withdrawn_and_nothing_is_sent()
    {
        var ledger = new InMemoryLedger();
        var email = new RecordingEmail();
        var articles = Stored(withdrawn: true);

        var outcome = await TestDispatchers.Create(ledger, email, Ids, articles: articles).DispatchAsync(Samples.Batch(Channel.Email, Ids), CancellationToken.None);

        Assert.Empty(email.To);
        Assert.Equal(3, outcome.Skipped);
        Assert.Equal(0, outcome.Sent);
        Assert.All(ledger.Records, r => Assert.Equal((LedgerState.Skipped, RecipientDecisions.StoryWithdrawnReason), (r.State, r.Reason)));
        Assert.Equal(Ids, ledger.Records.Select(r => r.SubscriberId).Order());
    }

    [Fact]
    public async Task An_alert_already_sent_is_left_as_the_ledger_shows_it()
    {
        var ledger = new InMemoryLedger();
        ledger.Preset["s2"] = ClaimResult.AlreadyDone;

        var outcome = await TestDispatchers.Create(ledger, new RecordingEmail(), Ids, articles: Stored(withdrawn: true))
            .DispatchAsync(Samples.Batch(Channel.Email, Ids), CancellationToken.None);

        Assert.Equal(1, outcome.AlreadyDone);
        Assert.DoesNotContain(ledger.Records, r => r.SubscriberId == "s2");
    }

    [Fact]
    public async Task The_story_standing_or_stored_nowhere_its_alerts_go_as_before()
    {
        foreach (var articles in new[] { Stored(withdrawn: false), new InMemoryArticles() })
        {
            var email = new RecordingEmail();

            var outcome = await TestDispatchers.Create(new InMemoryLedger(), email, Ids, articles: articles)
                .DispatchAsync(Samples.Batch(Channel.Email, Ids), CancellationToken.None);

            Assert.Equal(3, outcome.Sent);
            Assert.Equal(Ids, email.To.Order());
        }
    }

    [Fact]
    public async Task The_withdrawal_follow_up_itself_still_goes()
    {
        var email = new RecordingEmail();
        var followUp = Samples.Batch(Channel.Email, Ids) with { Content = Samples.Content() with { Notice = new ArticleNotice(NoticeKind.Withdrawn, "Not verified.") } };

        var ledger = new InMemoryLedger();
        foreach (var id in Ids)
        {
            ledger.States[id] = LedgerState.Sent; // their alerts went before the withdrawal
        }

        var outcome = await TestDispatchers.Create(ledger, email, Ids, articles: Stored(withdrawn: true)).DispatchAsync(followUp, CancellationToken.None);

        Assert.Equal(3, outcome.Sent);
        Assert.Equal(Ids, email.To.Order());
    }

    [Fact]
    public async Task The_story_is_read_after_each_groups_claims_so_a_withdrawal_between_groups_stops_the_rest()
    {
        // Issue 17: a withdrawal stored between a claim and the send must stop it, or be seen by the withdrawal's last
        // look at the ledger. So each group's claims come first, then the read; the story is withdrawn after the first read.
        var ledger = new InMemoryLedger();
        var email = new RecordingEmail();
        var articles = new WithdrawnAfterReads(Stored(withdrawn: false), Stored(withdrawn: true), standingReads: 1, ledger);

        var outcome = await TestDispatchers.Create(ledger, email, Ids, parallelism: 1, articles: articles).DispatchAsync(Samples.Batch(Channel.Email, Ids), CancellationToken.None);

        Assert.Equal(["s1"], email.To);
        Assert.Equal((1, 2), (outcome.Sent, outcome.Skipped));
        Assert.Equal([1, 2, 3], articles.ClaimsSeenByEachRead);
        Assert.All(ledger.Records.Where(r => r.SubscriberId != "s1"), r => Assert.Equal(RecipientDecisions.StoryWithdrawnReason, r.Reason));
    }

    private static InMemoryArticles Stored(bool withdrawn)
    {
        var articles = new InMemoryArticles();
        var content = Samples.Content();
        articles.Saved[content.ArticleId] = new Article(
            content.ArticleId, 2, content.Headline, content.Summary, null, content.Source, "en", [], content.Urgency, content.Url, content.PublishedAt,
            Notice: withdrawn ? new ArticleNotice(NoticeKind.Withdrawn, "Not verified.") : null);
        return articles;
    }

    // The story as stored: standing for the first reads, then withdrawn; notes how many claims each read came after.
    private sealed class WithdrawnAfterReads(InMemoryArticles standing, InMemoryArticles withdrawn, int standingReads, InMemoryLedger ledger) : NewsAlerts.Core.Ports.IArticleStore
    {
        public List<int> ClaimsSeenByEachRead { get; } = [];

        public Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken)
        {
            ClaimsSeenByEachRead.Add(ledger.Claimed.Count);
            return (ClaimsSeenByEachRead.Count <= standingReads ? standing : withdrawn).GetAsync(articleId, cancellationToken);
        }

        public Task<ArticleLink?> FindLinkAsync(string shortCode, CancellationToken cancellationToken) => standing.FindLinkAsync(shortCode, cancellationToken);

        public Task SaveAsync(Article article, CancellationToken cancellationToken) => standing.SaveAsync(article, cancellationToken);
    }

    private sealed class RecordingEmail : IEmailSender
    {
        public ConcurrentQueue<string> To { get; } = new();

        public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            To.Enqueue(request.SubscriberId);
            return Task.FromResult(SendOutcome.Sent($"<{request.SubscriberId}@example.com>"));
        }
    }
}
