namespace NewsAlerts.Channels.Tests.Feeds;

using System.Text.Json;
using NewsAlerts.Channels.Feeds;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Testing;
using Xunit.Abstractions;

public sealed class Every_shared_feed_is_read_without_an_exception(ITestOutputHelper output)
{
    private static readonly Uri Base = new("https://news.example/feeds/feed.xml");

    [Fact]
    public void Every_file_in_the_manifest_parses_and_every_item_becomes_an_article_or_a_reason()
    {
        var folder = Path.Combine(RepositoryRoot.SharedData(), "feeds");
        var files = File.ReadLines(Path.Combine(folder, "manifest.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("path").GetString()!)
            .ToList();
        Assert.True(files.Count > 1000, $"expected the shared feed corpus, found {files.Count} files");
        var defaults = new FeedDefaults("f1", Base, null, "en", 5, new Dictionary<string, string>());
        int feeds = 0, clean = 0, items = 0, articles = 0;
        foreach (var path in files)
        {
            var document = FeedParser.Parse(File.ReadAllBytes(Path.Combine(folder, path)), null, Base);
            feeds++;
            clean += document.IsClean ? 1 : 0;
            foreach (var item in document.Items)
            {
                items++;
                var article = FeedArticles.ToArticle(item, document, defaults, DateTimeOffset.UnixEpoch.AddYears(56));
                Assert.True(article.IsValid || article.Errors.Count > 0, path);
                articles += article.IsValid ? 1 : 0;
            }
        }

        output.WriteLine($"{feeds} files, {clean} clean, {items} items, {articles} articles");
        Assert.Equal(files.Count, feeds);
    }
}
