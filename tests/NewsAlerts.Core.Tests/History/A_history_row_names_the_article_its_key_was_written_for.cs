namespace NewsAlerts.Core.Tests.History;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Planning;

public sealed class A_history_row_names_the_article_its_key_was_written_for
{
    private static readonly string DigestKey = DigestMessage.LedgerKey(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("urn:newsml:example.com:20261130:truce")]
    [InlineData("https://news.example.com/a|b:c")]
    [InlineData("plain-id")]
    [InlineData("withdrawn:vx:not-a-follow-up")]
    [InlineData("withdrawn:v3:looks-like-a-follow-up")]
    [InlineData("corrected:v12:looks-like-a-follow-up")]
    [InlineData("digest:2026-11-30|looks-like-a-digest")]
    public void Every_kind_of_key_gives_back_the_article_id(string articleId)
    {
        Assert.Equal(articleId, HistoryKeys.ArticleIdOf(ReceivedKind.Alert, DeliveryBatch.LedgerKeyOf(articleId, "1", null)));
        Assert.Equal(articleId, HistoryKeys.ArticleIdOf(ReceivedKind.FollowUp, DeliveryBatch.LedgerKeyOf(articleId, "3", NoticeKind.Withdrawn)));
        Assert.Equal(articleId, HistoryKeys.ArticleIdOf(ReceivedKind.FollowUp, DeliveryBatch.LedgerKeyOf(articleId, "12", NoticeKind.Corrected)));
        Assert.Equal(articleId, HistoryKeys.ArticleIdOf(ReceivedKind.Digest, $"{DigestKey}|{articleId}"));
    }

    // An article whose own id reads like a follow-up's or a digest's key (ids are any 300 bytes without control
    // characters): its alert's row names that article, not the one the prefix would point to.
    [Theory]
    [InlineData("withdrawn:v3:truce")]
    [InlineData("corrected:v2:truce")]
    [InlineData("digest:2026-11-30T07:00:00Z|truce")]
    public void An_alerts_row_names_its_article_whatever_its_id_looks_like(string articleId)
    {
        var row = new ReceivedAlert("s1", DateTimeOffset.UnixEpoch, Channel.Email, ReceivedKind.Alert, DeliveryBatch.LedgerKeyOf(articleId, "1", null), "Truce", null, null, "Syria");

        Assert.Equal(articleId, HistoryKeys.ArticleIdOf(row));
    }

    [Fact]
    public void A_follow_up_key_of_another_shape_is_given_back_whole()
    {
        Assert.Equal("withdrawn:vx:truce", HistoryKeys.ArticleIdOf(ReceivedKind.FollowUp, "withdrawn:vx:truce"));
        Assert.Equal("truce", HistoryKeys.ArticleIdOf(ReceivedKind.Digest, "truce"));
    }
}
