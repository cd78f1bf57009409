namespace NewsAlerts.Channels.Tests.Fuzzing;

using System.Text;
using CsCheck;
using NewsAlerts.Channels.Feeds;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Testing;

/// <summary>
/// The feed parser under hostile bodies: feeds of the shared corpus cut, spliced and with bytes changed, and
/// generated RSS and Atom with odd text, entities, DOCTYPEs, charsets and dates. It never throws or hangs, every
/// item it reads becomes an article or named errors, and a body it could not read cleanly says why.
/// <c>NEWSALERTS_FUZZ_CASES</c> sets the count (CI: 3,000).
/// </summary>
public sealed class FeedParserFuzzTests
{
    private static readonly Uri FeedUrl = new("https://news.example/feed.xml");
    private static readonly FeedDefaults Defaults = new("fuzz", FeedUrl, null, "en", 5, new Dictionary<string, string> { ["World"] = "medtop:16000000" });

    private static readonly byte[][] Corpus = Directory
        .EnumerateFiles(Path.Combine(RepositoryRoot.SharedData(), "feeds"), "*.xml", SearchOption.AllDirectories)
        .Where((_, i) => i % 8 == 0)
        .Select(File.ReadAllBytes)
        .ToArray();

    private static readonly Gen<string> Fragment = Gen.OneOf(
        "<item>", "</item>", "<entry>", "</entry>", "<title>", "</title>", "<link>", "</link>", "<guid isPermaLink=\"false\">",
        "</guid>", "<pubDate>", "</pubDate>", "Tue, 10 Jun 2003 04:00:00 +3000", "2003-13-45T99:99:99Z", "&nbsp;", "&amp;", "&",
        "&#0;", "&#xD800;", "&bogus;", "<![CDATA[", "]]>", "<!DOCTYPE x [<!ENTITY a \"&a;\">]>", "<?xml version=\"1.0\" encoding=\"bogus\"?>",
        "xml:base=\"../../\"", "<a href=\"javascript:alert(1)\">", "<script>", "\u0000", "\u0008", "\uFFFE", "\uD800", "😀", "é",
        "<category>World</category>", "<link href=\"rel/1\"/>", "<id>urn:x</id>", "<content type=\"xhtml\"><div>", "</div></content>");

    private static readonly Gen<byte[]> Generated = Gen.Select(
        Gen.OneOf("<rss version=\"2.0\"><channel><title>t</title>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">", "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[", ""),
        Gen.Frequency((4, Fragment), (1, Gen.String[0, 20])).Array[0, 40],
        Gen.OneOf("</channel></rss>", "</feed>", "</rdf:RDF>", "]}", ""),
        Gen.OneOf("utf-8", "iso-8859-1", "utf-16", "windows-1251", "bogus", ""),
        (head, parts, tail, charset) =>
        {
            var text = head + string.Concat(parts) + tail;
            return charset is "utf-16" ? Encoding.Unicode.GetBytes(text) : Encoding.UTF8.GetBytes(text);
        });

    private static readonly Gen<byte[]> Mutated = Gen.Select(Gen.Int[0, Corpus.Length - 1], Gen.Int[0, 3], Gen.Int, Gen.Byte.Array[1, 8], (file, kind, at, bytes) =>
    {
        var body = Corpus[file];
        var position = (int)((uint)at % (uint)Math.Max(1, body.Length));
        return kind switch
        {
            0 => body[..position],
            1 => [.. body[..position], .. bytes, .. body[position..]],
            2 => [.. body[..position], .. bytes, .. body[Math.Min(body.Length, position + bytes.Length)..]],
            _ => [.. body[position..], .. body[..position]],
        };
    });

    private static readonly Gen<(byte[] Body, string? Charset)> Body = Gen.Select(
        Gen.Frequency((3, Mutated), (2, Generated)),
        Gen.OneOf<string?>(null, null, "utf-8", "iso-8859-1", "shift_jis", "bogus"));

    [Fact]
    public void Any_body_parses_to_items_and_errors_and_never_throws_or_hangs()
    {
        Assert.NotEmpty(Corpus);
        using var watch = new HangWatch(TimeSpan.FromSeconds(30));
        Body.Sample(input => watch.Run(input, b =>
        {
            var feed = FeedParser.Parse(b.Body, b.Charset, FeedUrl);
            Assert.NotNull(feed.Items);
            Assert.All(feed.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e)));
            foreach (var item in feed.Items)
            {
                var article = FeedArticles.ToArticle(item, feed, Defaults, DateTimeOffset.UnixEpoch.AddYears(56));
                Assert.True(article.IsValid != (article.Errors.Count > 0));
                if (article.Value is { } a)
                {
                    Assert.False(string.IsNullOrWhiteSpace(a.Id));
                    Assert.True(System.Text.Encoding.UTF8.GetByteCount(a.Id) <= FeedArticles.MaxIdBytes);
                    Assert.True(a.Url is null || a.Url.Scheme is "http" or "https");
                }
            }
        }), iter: FuzzCases.Count(3_000));
    }
}
