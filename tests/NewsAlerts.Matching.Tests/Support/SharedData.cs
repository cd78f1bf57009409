using System.Text.Json;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Support;

/// <summary>Finds ../shared/data beside the repository (walking up from the test's directory) and reads it.</summary>
public static class SharedData
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsAlerts.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("NewsAlerts.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static ArticleDocument SampleArticle()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(PathOf("sample-article.json")));
        var root = json.RootElement;
        return new ArticleDocument(
            root.GetProperty("uri").GetString()!,
            root.GetProperty("headline").GetString()!,
            root.GetProperty("body_text").GetString()!,
            root.GetProperty("copyrightholder").GetString(),
            root.GetProperty("language").GetString(),
            [.. root.GetProperty("subject").EnumerateArray().Select(s => s.GetProperty("name").GetString()!)],
            root.GetProperty("urgency").GetInt32());
    }

    /// <summary>The first <paramref name="count"/> corpus articles (news.jsonl).</summary>
    public static IReadOnlyList<ArticleDocument> Corpus(int count)
    {
        var articles = new List<ArticleDocument>();
        foreach (var line in File.ReadLines(PathOf("news/news.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            articles.Add(new ArticleDocument(
                r.GetProperty("id").GetString()!,
                r.GetProperty("title").GetString() ?? string.Empty,
                r.GetProperty("body").GetString() ?? string.Empty,
                r.GetProperty("source").ValueKind == JsonValueKind.String ? r.GetProperty("source").GetString() : null,
                r.GetProperty("language").ValueKind == JsonValueKind.String ? r.GetProperty("language").GetString() : null));
            if (articles.Count == count)
            {
                break;
            }
        }

        return articles;
    }

    private static string FindRoot()
    {
        var root = NewsAlerts.Testing.RepositoryRoot.SharedData();
        return Directory.Exists(root) ? root : throw new DirectoryNotFoundException($"shared/data not found at {root} (beside the repository).");
    }
}
