namespace NewsAlerts.Cli.Tests.Matching;

using System.Text.Json;
using NewsAlerts.Cli.Commands;
using NewsAlerts.Cli.Matching;

/// <summary><c>newsalerts match</c> reads each line with the API's own article parser: body_html, ninjs fields, errors.</summary>
public sealed class Match_reads_articles_as_the_api_does : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsalerts-match-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("""{"uri":"urn:a","headline":"Update","body_html":"<table><tr><td>Trabble</td><td>Glorp</td></tr></table>"}""", "glorp", 1)]
    [InlineData("""{"uri":"urn:a","headline":"Update","body_html":"<ul><li>Rebels will cease</li><li>fire drills resume</li></ul>"}""", "ceasefire", 0)]
    [InlineData("""{"uri":"urn:a","headline":"Update","body_html":"<p>Rebels agree to a <b>cease-fire</b></p>"}""", "ceasefire", 1)]
    [InlineData("""{"uri":"urn:a","headline":"Update","body":"<p>Trabble</p><p>Glorp</p>"}""", "glorp", 1)]
    [InlineData("""{"uri":"urn:a","headline":"Update","body_text":"Glorp"}""", "source:\"The Times\" glorp", 0)]
    [InlineData("""{"uri":"urn:a","headline":"Update","body_text":"Glorp","copyrightholder":"The Times"}""", "source:\"The Times\" glorp", 1)]
    public async Task Each_line_matches_as_if_it_were_published(string article, string topic, int matches)
    {
        var (code, output, error) = await RunAsync(topic, article);

        Assert.True(code == 0, error);
        Assert.Equal(matches, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("""{"uri":"urn:a","body_text":"Glorp"}""", "headline")]
    [InlineData("""{"uri":"urn:a","headline":"H","versioncreated":"2999-01-01T00:00:00Z"}""", "versioncreated")]
    [InlineData("""{not json""", "$")]
    public async Task A_line_the_api_would_refuse_is_reported_with_its_field(string article, string field)
    {
        var (code, _, error) = await RunAsync("glorp", article);

        Assert.Equal(2, code);
        Assert.Contains(":1: " + field, error, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(string topic, string articleLine)
    {
        var topics = Path.Combine(folder, "topics.txt");
        var articles = Path.Combine(folder, "articles.jsonl");
        await File.WriteAllTextAsync(topics, topic + "\n");
        await File.WriteAllTextAsync(articles, articleLine + "\n");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new MatchCommand().RunAsync(["--topics", topics, "--articles", articles], new CliConsole(output, error), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
