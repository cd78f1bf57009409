using System.Text.Json;
using NewsAlerts.Matching.Index;
using NewsAlerts.Matching.Interchange;
using NewsAlerts.Matching.Tests.Support;

namespace NewsAlerts.Matching.Tests.Interchange;

public sealed class InterchangeTests
{
    [Fact]
    public void Topic_file_accepts_bare_topics_columns_and_json_lines()
    {
        var (subscriptions, error) = TopicFile.Parse("# comment\nSyria\n\ns2\tceasefire\ns3\tu3\t\"peace talks\"\n{\"id\":\"s4\",\"subscriber\":\"u4\",\"topic\":\"Turkey\",\"exact\":true}\n");

        Assert.Null(error);
        Assert.Equal(
            [new TopicSubscription("topic-2", "subscriber", "Syria"), new TopicSubscription("s2", "subscriber", "ceasefire"), new TopicSubscription("s3", "u3", "\"peace talks\""), new TopicSubscription("s4", "u4", "Turkey", true)],
            subscriptions);
    }

    [Theory]
    [InlineData("Syria\n\"unclosed", 2, "topic '\"unclosed': unclosed quote at column 1")]
    [InlineData("{\"topic\":\"x\"}", 1, "missing string field \"id\"")]
    [InlineData("a\tSyria\na\tIraq", 2, "duplicate subscription id 'a'")]
    public void Bad_topic_file_names_the_line(string text, int line, string reason)
    {
        var (_, error) = TopicFile.Parse(text);

        Assert.Equal(new InputError(line, reason), error);
    }

    [Fact]
    public void Article_line_in_ninjs_shape_reads_headline_body_subjects_and_urgency()
    {
        var line = JsonSerializer.Serialize(new { uri = "u1", headline = "H", body_text = "B", language = "en", urgency = 2, subject = new[] { new { name = "peace process" } } });

        var (article, error) = ArticleJson.Parse(line);

        Assert.Null(error);
        Assert.Equal("H", article!.Headline);
        Assert.Equal(["peace process"], article.Subjects!);
        Assert.Equal(2, article.Urgency);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"title\":\"no id\"}")]
    [InlineData("[1,2]")]
    public void Bad_article_line_is_an_error_not_an_exception(string line) => Assert.NotNull(ArticleJson.Parse(line).Error);

    [Fact]
    public void Match_line_carries_the_explanation_with_field_and_expansion()
    {
        var index = new PercolatorIndex();
        index.Add(new TopicSubscription("s1", "u1", "ceasefire"));
        var article = SharedData.SampleArticle();

        var line = MatchJson.Format(article, index.Match(article)[0]);

        using var json = JsonDocument.Parse(line);
        var first = json.RootElement.GetProperty("hits")[0];
        Assert.Equal("s1", json.RootElement.GetProperty("subscription").GetString());
        Assert.Equal("headline", first.GetProperty("field").GetString());
        Assert.Equal("truce", first.GetProperty("via").GetString());
        Assert.StartsWith("\"ceasefire\" via \"truce\" in the headline at word 7", json.RootElement.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }
}
