namespace NewsAlerts.Core.Tests.History;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Planning;

public sealed class A_history_row_names_the_article_its_key_was_written_for
{
    [Theory]
    [InlineData("urn:newsml:example.com:20261130:truce")]
    [InlineData("https://news.example.com/a|b:c")]
    [InlineData("plain-id")]
    [InlineData("withdrawn:vx:not-a-follow-up")]
    public void Every_kind_of_key_gives_back_the_article_id(string articleId)
    {
        Assert.Equal(articleId, HistoryKeys.ArticleIdOf(DeliveryBatch.LedgerKeyOf(articleId, "1", null)));
        Assert.Equal(articleId, HistoryKeys.ArticleIdOf(DeliveryBatch.LedgerKeyOf(articleId, "3", NoticeKind.Withdrawn)));
        Assert.Equal(articleId, HistoryKeys.ArticleIdOf(DeliveryBatch.LedgerKeyOf(articleId, "12", NoticeKind.Corrected)));
        Assert.Equal(articleId, HistoryKeys.ArticleIdOf($"{DigestMessage.LedgerKey(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero))}|{articleId}"));
    }
}
