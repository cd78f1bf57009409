namespace NewsAlerts.Core.Tests.Articles;

using System.Text.Json;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Planning;

/// <summary>
/// Stop 34, left 3: the delivery ledger keys an alert by its bare article id, a follow-up by
/// <c>{kind}:v{version}:{article id}</c> and a digest by <c>digest:{due}</c>, so the alert of an article whose id is
/// <c>withdrawn:v3:x</c> would have claimed the key of article <c>x</c>'s withdrawal. The article-id rule reserves
/// those beginnings: the API answers 400 naming the field and why, a feed item gets its hashed id.
/// </summary>
public sealed class Ids_that_read_like_follow_up_or_digest_keys_are_refused
{
    private static readonly FeedDefaults Defaults = new("f1", new Uri("https://news.example/feed.xml"), "Example News", "en", 4, new Dictionary<string, string>());

    [Theory]
    [InlineData("withdrawn:v3:x", "withdrawn:")]
    [InlineData("corrected:v1:urn:x:1", "corrected:")]
    [InlineData("Withdrawn:v3:x", "Withdrawn:")]
    [InlineData("CORRECTED:anything", "CORRECTED:")]
    [InlineData("digest:20261202T0600Z", "digest:")]
    [InlineData("withdrawn:", "withdrawn:")]
    public void An_api_id_with_a_reserved_beginning_is_refused_naming_the_field_and_why(string id, string said)
    {
        foreach (var field in new[] { "uri", "id" })
        {
            using var json = JsonDocument.Parse(JsonSerializer.Serialize(new Dictionary<string, object> { [field] = id, ["headline"] = "H" }));

            var result = ArticleParser.Parse(json.RootElement, TimeProvider.System);

            var error = Assert.Single(result.Errors);
            Assert.Equal(field, error.Field);
            Assert.Equal(
                $"begins with '{said}', which is reserved for the keys of follow-ups and digests (an id may not begin with withdrawn:, corrected:, digest:)", error.Reason);
        }
    }

    [Theory]
    [InlineData("urn:withdrawn:v3:x")]
    [InlineData("withdrawn-v3-x")]
    [InlineData("withdrawnv3:x")]
    [InlineData("https://news.example/withdrawn:v3:x")]
    [InlineData("digest")]
    public void Ids_that_only_contain_the_words_are_taken(string id)
    {
        Assert.Null(ArticleIds.Problem(id));
    }

    [Fact]
    public void No_accepted_id_has_the_ledger_key_of_a_follow_up_or_a_digest()
    {
        string[] ids = ["x", "urn:x:1", "withdrawn:v3:x", "corrected:v2:x", "digest:20261202T0600Z", "Withdrawn:v3:x", "a:b"];
        var followUps = ids.SelectMany(id => Enum.GetValues<NoticeKind>().SelectMany(k => new[] { "1", "3" }.Select(v => DeliveryBatch.LedgerKeyOf(id, v, k))))
            .Append(DigestMessage.LedgerKey(new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.Zero)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var alerts = ids.Where(id => ArticleIds.Problem(id) is null).Select(id => DeliveryBatch.LedgerKeyOf(id, "1", null)).ToList();

        Assert.Equal(["x", "urn:x:1", "a:b"], alerts);
        Assert.DoesNotContain(alerts, followUps.Contains);
    }

    [Fact]
    public void A_feed_guid_with_a_reserved_beginning_gets_its_hashed_id()
    {
        var item = new FeedItem("withdrawn:v3:x", true, "https://news.example/a/1", "Title", null, "Text", null, null, [], null);

        var article = FeedArticles.ToArticle(item, new FeedDocument("rss", "Example", "en", [], []), Defaults, DateTimeOffset.UnixEpoch).Value!;

        Assert.StartsWith("urn:newsalerts:feed:f1:sha256:", article.Id, StringComparison.Ordinal);
        Assert.Null(ArticleIds.Problem(article.Id));
    }
}
