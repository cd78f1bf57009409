using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Support;

/// <summary>News items of the publisher feeds in shared/data/feeds/codehollow-feedreader, as articles in a language.</summary>
public static partial class FeedArticles
{
    /// <summary>The feeds of each language used by the tests.</summary>
    public static IReadOnlyDictionary<string, string[]> Files { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["de"] = ["Rss20DaStandardAt.xml", "Rss20Spiegel.xml", "Rss20FazNet.xml", "Rss10OrfAt.xml", "Rss20DerBrutkasten.xml", "Rss20TrendingTopics.xml"],
        ["fr"] = ["Rss20LeFigaro.xml", "Rss20LeFil.xml", "Rss20LeMonde.xml", "Rss20LeParisien.xml"],
        ["es"] = ["Rss10Minutos20.xml", "Rss10Minutos20Catalans.xml"],
        ["it"] = ["Rss20RomaToday.xml", "Rss20RomaNews.xml"],
        ["pt"] = ["Rss20MassaNews.xml"],
    };

    /// <summary>Every item of the language's feeds (title as headline, description as body, markup removed).</summary>
    public static IReadOnlyList<ArticleDocument> Load(string language)
    {
        var articles = new List<ArticleDocument>();
        foreach (var file in Files[language])
        {
            var document = XDocument.Load(SharedData.PathOf("feeds/codehollow-feedreader/" + file));
            var items = document.Descendants().Where(e => e.Name.LocalName is "item" or "entry");
            foreach (var item in items)
            {
                string Text(params string[] names) =>
                    Clean(item.Elements().FirstOrDefault(e => names.Contains(e.Name.LocalName))?.Value ?? string.Empty);
                articles.Add(new ArticleDocument($"{file}#{articles.Count}", Text("title"), Text("description", "summary", "content", "encoded"), Language: language));
            }
        }

        return articles;
    }

    // Some captures are UTF-8 read as Windows-1252 and saved again ("Ã©" for "é"); undo that where it is so.
    private static string Clean(string text)
    {
        var plain = WebUtility.HtmlDecode(Tags().Replace(text, " "));
        if (!plain.Contains('Ã', StringComparison.Ordinal) && !plain.Contains('Â', StringComparison.Ordinal))
        {
            return plain;
        }

        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var bytes = new List<byte>(plain.Length);
        foreach (var c in plain)
        {
            if (c <= 0xff)
            {
                bytes.Add((byte)c);
            }
            else
            {
                bytes.AddRange(windows1252.GetBytes(c.ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
