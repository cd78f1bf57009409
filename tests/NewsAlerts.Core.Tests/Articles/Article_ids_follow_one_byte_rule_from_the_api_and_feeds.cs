namespace NewsAlerts.Core.Tests.Articles;

using System.Text;
using System.Text.Json;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Validation;

/// <summary>
/// Issue 18 (leftovers): the API capped ids at 400 characters while Table keys are bounded in bytes (a 400-letter Arabic
/// id is 800 bytes, its key 1,068 characters, over the 512 a key holds), and feeds at 300 bytes. One rule now serves both:
/// at most 300 bytes of UTF-8 and one line (<see cref="ArticleIds"/>); the API names the field and the reason, a feed
/// replaces the id by a stable digest.
/// </summary>
public sealed class Article_ids_follow_one_byte_rule_from_the_api_and_feeds
{
    private static readonly FeedDefaults Defaults = new(
        "f1", new Uri("https://news.example/feed.xml"), "Example News", "en", 4, new Dictionary<string, string>());

    private static readonly FeedDocument Feed = new("rss", "Example World", "en", [], []);

    public static TheoryData<string, bool> Ids => new()
    {
        // ASCII: one byte a character.
        { "urn:x:" + new string('a', 294), true },
        { "urn:x:" + new string('a', 295), false },
        // Arabic letters: two bytes each (the old rule let 400 of them, 800 bytes, through).
        { "urn:x:" + new string('خ', 147), true },
        { "urn:x:" + new string('خ', 148), false },
        { "urn:x:" + new string('خ', 390), false },
        // Emoji: four bytes (two UTF-16 characters) each.
        { "urn:x:" + string.Concat(Enumerable.Repeat("📰", 73)) + "ab", true },
        { "urn:x:" + string.Concat(Enumerable.Repeat("📰", 74)), false },
    };

    [Theory]
    [MemberData(nameof(Ids))]
    public void An_api_id_is_held_to_300_bytes_of_utf8_and_the_error_names_the_field(string id, bool accepted)
    {
        foreach (var field in new[] { "uri", "id" })
        {
            var result = Parse(new Dictionary<string, object> { [field] = id, ["headline"] = "H" });

            Assert.Equal(accepted, result.IsValid);
            if (!accepted)
            {
                var error = Assert.Single(result.Errors);
                Assert.Equal(field, error.Field);
                Assert.Equal($"is {Encoding.UTF8.GetByteCount(id)} bytes of UTF-8 ({id.Length} characters); an id holds at most 300 bytes (a letter outside ASCII takes 2 to 4)", error.Reason);
            }
            else
            {
                Assert.Equal(id, result.Value!.Id);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_feed_id_follows_the_same_rule_and_a_refused_one_becomes_a_digest(string id, bool accepted)
    {
        var item = new FeedItem(id, true, "https://news.example/a/1", "Title", null, "Text", null, null, [], null);

        var article = FeedArticles.ToArticle(item, Feed, Defaults, DateTimeOffset.UnixEpoch).Value!;

        Assert.Equal(accepted, !article.Id.Contains(":sha256:", StringComparison.Ordinal));
        Assert.Null(ArticleIds.Problem(article.Id));
    }

    // Table keys forbid / \ # ? and control characters; ids reach keys base64url-encoded, so URI characters are fine and
    // only what cannot be one line of text is refused.
    [Theory]
    [InlineData("https://news.example/a/1?x=1#top", null)]
    [InlineData(@"urn:x:back\slash", null)]
    [InlineData("urn:x:a\tb", "contains a line break, tab or other control character, which an id cannot hold")]
    [InlineData("urn:x:a\nb", "contains a line break, tab or other control character, which an id cannot hold")]
    [InlineData("urn:x:a\u0001b", "contains U+0001")]
    public void Characters_table_keys_forbid_are_allowed_and_control_characters_refused(string id, string? reason)
    {
        var result = Parse(new Dictionary<string, object> { ["uri"] = id, ["headline"] = "H" });

        if (reason is null)
        {
            Assert.Equal(id, result.Value!.Id);
        }
        else
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal("uri", error.Field);
            Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_feed_guid_with_a_line_break_becomes_a_digest()
    {
        var item = new FeedItem("story\n42", true, null, "Title", null, "Text", null, null, [], null);

        var article = FeedArticles.ToArticle(item, Feed, Defaults, DateTimeOffset.UnixEpoch).Value!;

        Assert.StartsWith("urn:newsalerts:feed:f1:sha256:", article.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_is_refused_so_two_ids_never_share_one_key() =>
        Assert.Equal("contains half of a character pair (not valid Unicode)", ArticleIds.Problem("urn:x:\ud800"));

    private static Validated<Article> Parse(Dictionary<string, object> fields)
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(fields));
        return ArticleParser.Parse(json.RootElement, TimeProvider.System);
    }
}
