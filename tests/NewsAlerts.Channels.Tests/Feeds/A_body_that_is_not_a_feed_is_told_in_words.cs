namespace NewsAlerts.Channels.Tests.Feeds;

using System.Text;
using NewsAlerts.Channels.Feeds;

/// <summary>
/// Trial s45 #2: 3,000 random bytes showed the XML reader's own words ("Data at the root level is invalid. Line 1,
/// position 1.") as the feed's last error. Every body that is not a feed is named in words.
/// </summary>
public sealed class A_body_that_is_not_a_feed_is_told_in_words
{
    private static readonly Uri FeedUrl = new("https://news.example/feed.xml");

    public static TheoryData<byte[], string> Bodies => new()
    {
        { Encoding.UTF8.GetBytes("Syria truce holds, plain text from a misconfigured server"), "the body is not XML or JSON" },
        { Encoding.UTF8.GetBytes("id,headline\n1,Syria truce holds\n"), "the body is not XML or JSON" },
        { Random(3000), "the body is not XML or JSON" },
        { Encoding.UTF8.GetBytes("{\"items\": [ {\"id\": \"1\""), "the body is not XML or JSON (it starts like JSON but is not valid JSON)" },
        { Encoding.UTF8.GetBytes("   "), "the body is empty" },
        { Encoding.UTF8.GetBytes("<html><body>Not found</body></html>"), "the body is an HTML page, not a feed" },
        { Encoding.UTF8.GetBytes("{\"name\":\"not a feed\"}"), "the body is JSON but not a JSON Feed (no \"items\" list and no jsonfeed.org \"version\")" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void The_first_error_names_what_the_body_is(byte[] body, string words)
    {
        var document = FeedParser.Parse(body, "utf-8", FeedUrl);

        Assert.Empty(document.Items);
        Assert.Equal(words, document.Errors[0]);
        Assert.DoesNotContain(document.Errors, e => e.Contains("root level", StringComparison.Ordinal));
    }

    // Bytes that never start with '<', '{' or '[' (a fixed seed: the same body each run).
    private static byte[] Random(int length)
    {
        var bytes = new byte[length];
        new Random(45).NextBytes(bytes);
        bytes[0] = 0x01;
        return bytes;
    }
}
