using System.Globalization;
using NewsAlerts.Matching.Index;
using NewsAlerts.Matching.Tests.Support;

namespace NewsAlerts.Matching.Tests.Languages;

/// <summary>
/// Japanese is read as overlapping character pairs (CJK bigrams), so a topic finds its word inside text written
/// without spaces. Checked on Japanese Wikinews against the headlines' reference segmentation (MeCab).
/// </summary>
public sealed class JapaneseNewsTests
{
    [Fact]
    public void Japanese_topics_match_the_articles_whose_headlines_contain_them()
    {
        var items = JapaneseNews.Load(400);
        var words = items.SelectMany(i => i.HeadlineTokens).Where(JapaneseNews.IsJapaneseWord).Distinct(StringComparer.Ordinal).ToList();
        var index = new PercolatorIndex();
        Assert.Empty(index.AddRange(words.Select((w, i) => new TopicSubscription(i.ToString(CultureInfo.InvariantCulture), "u", w, Language: "ja"))));

        var missed = new List<string>();
        var wrong = new List<string>();
        foreach (var (article, tokens) in items)
        {
            var matched = index.Match(article).ToDictionary(m => words[int.Parse(m.TopicSubscription.Id, CultureInfo.InvariantCulture)], m => m.Explanation, StringComparer.Ordinal);
            // Recall: every reference word of the headline is found.
            missed.AddRange(tokens.Where(JapaneseNews.IsJapaneseWord).Where(t => !matched.ContainsKey(t)).Select(t => $"{article.Id} {t}"));

            // Precision: what matched is the word itself, and the explanation points at it in the article.
            foreach (var (word, explanation) in matched)
            {
                var text = article.Headline + "\n" + article.Body;
                if (!text.Contains(word, StringComparison.Ordinal))
                {
                    // Bigrams meet across punctuation only ("東京、京都" has the pairs of 東京都); Lucene reads it the same way.
                    var joined = string.Concat(text.Where(c => !char.IsPunctuation(c) && !char.IsWhiteSpace(c)));
                    if (!joined.Contains(word, StringComparison.Ordinal))
                    {
                        wrong.Add($"{article.Id} {word}");
                    }
                }

                Assert.All(explanation.Hits, h => Assert.Equal(word, h.QueryTerm));
            }
        }

        Assert.True(words.Count > 1000, $"only {words.Count} reference words");
        Assert.Empty(missed);
        Assert.Empty(wrong);
    }

    [Fact]
    public void A_match_in_a_Japanese_headline_points_at_the_words_as_written()
    {
        var index = new PercolatorIndex();
        index.Add(new TopicSubscription("s1", "u1", "地震", Language: "ja"));

        var hit = Assert.Single(Assert.Single(index.Match(new ArticleDocument("a1", "宮城県沖でマグニチュード7.4東北各地で強い地震", string.Empty, Language: "ja"))).Explanation.Hits);

        Assert.Equal("地震", hit.Matched);
        Assert.Equal(22, hit.Offset);
    }

    [Fact]
    public void Katakana_and_half_width_katakana_are_the_same_word()
    {
        var index = new PercolatorIndex();
        index.Add(new TopicSubscription("s1", "u1", "マグニチュード", Language: "ja"));

        Assert.Single(index.Match(new ArticleDocument("a1", "ﾏｸﾞﾆﾁｭｰﾄﾞ7.4の地震", string.Empty, Language: "ja")));
    }

    [Fact]
    public void Voiced_and_unvoiced_kana_stay_different_words()
    {
        var index = new PercolatorIndex();
        index.Add(new TopicSubscription("s1", "u1", "ガス", Language: "ja"));

        Assert.Empty(index.Match(new ArticleDocument("a1", "カス", string.Empty, Language: "ja")));
    }
}
