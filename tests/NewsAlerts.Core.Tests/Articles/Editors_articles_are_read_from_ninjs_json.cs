namespace NewsAlerts.Core.Tests.Articles;

using System.Text.Json;
using NewsAlerts.Core.Articles;

public sealed class Editors_articles_are_read_from_ninjs_json
{
    [Fact]
    public void Html_bodies_are_reduced_to_text_without_scripts()
    {
        using var json = JsonDocument.Parse("""{"uri":"urn:x","headline":"H","body_html":"<p>One &amp; two</p><script>alert(1)</script><p>Three<br>four</p>"}""");

        var article = ArticleParser.Parse(json.RootElement, TimeProvider.System);

        Assert.Equal("One & two\n\nThree\n\nfour", article.Value!.Body);
    }

    [Fact]
    public void The_sample_article_reads_with_its_subjects_urgency_and_time()
    {
        var path = Path.Combine(NewsAlerts.Testing.RepositoryRoot.SharedData(), "sample-article.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));

        var article = ArticleParser.Parse(json.RootElement, TimeProvider.System).Value!;

        Assert.Equal("urn:newsalerts:sample:kerry-syria-truce-aleppo", article.Id);
        Assert.Equal(3, article.Urgency);
        Assert.Contains("armed conflict", article.Subjects);
        Assert.Equal(new DateTimeOffset(2016, 5, 3, 0, 0, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal("The Straits Times", article.Source);
    }

    [Theory]
    [InlineData("english", "en")]
    [InlineData("eng", "en")]
    [InlineData("EN-gb", "en")]
    [InlineData("pt-BR", "pt")]
    public void The_language_is_stored_as_its_ISO_639_1_code(string language, string expected)
    {
        using var json = JsonDocument.Parse($$"""{"uri":"urn:x","headline":"H","language":"{{language}}"}""");

        Assert.Equal(expected, ArticleParser.Parse(json.RootElement, TimeProvider.System).Value!.Language);
    }

    [Fact]
    public void Every_invalid_field_is_reported()
    {
        using var json = JsonDocument.Parse("""{"id":7,"version":"0","urgency":"high","language":"xx-notalanguage-!","subject":[3],"versioncreated":"yesterday"}""");

        var result = ArticleParser.Parse(json.RootElement, TimeProvider.System);

        Assert.False(result.IsValid);
        Assert.Equal(
            ["headline", "id", "language", "subject[0]", "urgency", "version", "versioncreated"],
            result.Errors.Select(e => e.Field).Distinct().Order());
    }
}
