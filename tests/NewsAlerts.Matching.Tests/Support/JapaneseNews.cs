using System.Text.Json;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Support;

/// <summary>The Japanese Wikinews articles of shared/data/news-ja with the MeCab segmentation of each headline.</summary>
public static class JapaneseNews
{
    /// <summary>One article and its headline's reference words.</summary>
    public sealed record Item(ArticleDocument Article, IReadOnlyList<string> HeadlineTokens);

    /// <summary>The first <paramref name="count"/> articles.</summary>
    public static IReadOnlyList<Item> Load(int count)
    {
        var items = new List<Item>();
        foreach (var line in File.ReadLines(SharedData.PathOf("news-ja/news-ja.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            var article = new ArticleDocument(
                r.GetProperty("uri").GetString()!,
                r.GetProperty("headline").GetString() ?? string.Empty,
                r.GetProperty("body_text").GetString() ?? string.Empty,
                r.GetProperty("copyrightholder").GetString(),
                r.GetProperty("language").GetString());
            items.Add(new Item(article, [.. r.GetProperty("headline_tokens").EnumerateArray().Select(t => t.GetString()!)]));
            if (items.Count == count)
            {
                break;
            }
        }

        return items;
    }

    /// <summary>
    /// Whether a reference word is written in kanji and kana only, at least two of them. Words with the repetition
    /// mark 々 (佐々木) are left out: Lucene's standard tokenizer makes 々 a word of its own, so the characters around
    /// it pair differently in a topic and in running text (Lucene misses them the same way); ・ is punctuation.
    /// </summary>
    public static bool IsJapaneseWord(string token) =>
        token.Length >= 2 && token.All(c => c is (>= '\u3040' and <= '\u30fa') or (>= '\u30fc' and <= '\u30ff') or (>= '\u4e00' and <= '\u9fff'));
}
