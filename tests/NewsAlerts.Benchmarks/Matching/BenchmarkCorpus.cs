using System.Text.Json;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Benchmarks.Matching;

/// <summary>Reads the news corpus from ../shared/data/news/news.jsonl, found by walking up from the binary.</summary>
internal static class BenchmarkCorpus
{
    public static string DataRoot() => NewsAlerts.Testing.RepositoryRoot.SharedData();

    public static List<ArticleDocument> Load()
    {
        var articles = new List<ArticleDocument>();
        foreach (var line in File.ReadLines(Path.Combine(DataRoot(), "news", "news.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            articles.Add(new ArticleDocument(
                r.GetProperty("id").GetString()!,
                r.GetProperty("title").GetString() ?? string.Empty,
                r.GetProperty("body").GetString() ?? string.Empty,
                r.GetProperty("source").ValueKind == JsonValueKind.String ? r.GetProperty("source").GetString() : null,
                r.GetProperty("language").ValueKind == JsonValueKind.String ? r.GetProperty("language").GetString() : null));
        }

        return articles;
    }
}
