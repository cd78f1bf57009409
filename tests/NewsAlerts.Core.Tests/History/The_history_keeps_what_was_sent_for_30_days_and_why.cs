namespace NewsAlerts.Core.Tests.History;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Tests.Dispatch;

public sealed class The_history_keeps_what_was_sent_for_30_days_and_why
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Only_recipients_that_were_sent_get_a_row_with_the_headline_link_and_reason()
    {
        var batch = Samples.Batch(Channel.Sms, "s1", "s2", "s3") with
        {
            Recipients = [new BatchRecipient("s1", "matched Aleppo: \"aleppo\" in the headline"), new BatchRecipient("s2", "x"), new BatchRecipient("s3", "y")],
        };
        RecipientDecision[] decisions =
        [
            new(RecipientResult.Sent, null, null), new(RecipientResult.Skipped, null, null), new(RecipientResult.SentAfterCrash, null, null),
        ];

        var rows = AlertHistory.Of(batch, batch.Recipients, decisions, Now);

        Assert.Equal(["s1", "s3"], rows.Select(r => r.SubscriberId));
        var first = rows[0];
        Assert.Equal((Now, Channel.Sms, ReceivedKind.Alert, "urn:test:1", "Truce in Aleppo", "Example"), (first.At, first.Channel, first.Kind, first.Key, first.Headline, first.Source));
        Assert.Equal(new Uri("https://example.com/a"), first.Url);
        Assert.Equal("matched Aleppo: \"aleppo\" in the headline", first.Reason);
    }

    [Fact]
    public void A_follow_up_is_kept_under_its_own_key_and_a_digest_row_per_story()
    {
        var followUp = Samples.Batch(Channel.Email, "s1") with
        {
            Content = Samples.Content() with { Notice = new NewsAlerts.Core.Articles.ArticleNotice(NewsAlerts.Core.Articles.NoticeKind.Withdrawn, "wrong") },
        };
        var row = Assert.Single(AlertHistory.Of(followUp, followUp.Recipients, [new(RecipientResult.Sent, null, null)], Now));
        Assert.Equal(ReceivedKind.FollowUp, row.Kind);
        Assert.StartsWith("withdrawn:", row.Key, StringComparison.Ordinal);

        var digest = new DigestEmail("s1", Now, [new DigestSection("Aleppo", [
            new DigestItem("a1", "One", null, "Mon", "why one", null), new DigestItem("a2", "Two", "Src", "Mon", "why two", new Uri("https://example.com/2"))])], 0);
        var rows = AlertHistory.Of(digest, Now);
        Assert.Equal(["One", "Two"], rows.Select(r => r.Headline));
        Assert.All(rows, r => Assert.Equal(ReceivedKind.Digest, r.Kind));
        Assert.Equal(rows.Count, rows.Select(r => r.Key).Distinct().Count());
    }

    [Fact]
    public void Rows_older_than_30_days_are_not_shown_and_the_newest_comes_first()
    {
        ReceivedAlert At(DateTimeOffset at, string key) => new("s1", at, Channel.Email, ReceivedKind.Alert, key, key, null, null, "why");
        var shown = AlertHistory.Shown([At(Now.AddDays(-31), "old"), At(Now.AddDays(-2), "older"), At(Now.AddDays(-30), "edge"), At(Now.AddHours(-1), "newest")], Now);

        Assert.Equal(["newest", "older", "edge"], shown.Select(r => r.Key));
    }
}
