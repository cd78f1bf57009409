namespace NewsAlerts.Cli.Tests.Matching;

using System.Text.Json;
using NewsAlerts.Cli.Commands;
using NewsAlerts.Cli.Matching;

/// <summary>
/// <c>newsalerts match</c> quotes each topic word as its subscriber wrote it (<c>trêve</c>, <c>Syria</c>, <c>Αθήνα</c>),
/// in <c>hits[].query</c> and in <c>explanation</c>, as pages and alerts do; it once showed the matcher's folded key
/// (<c>treve</c>, <c>syria</c>, <c>αθηνα</c>).
/// </summary>
public sealed class Match_shows_the_topic_as_the_subscriber_wrote_it : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsalerts-match-written-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("trêve", null, "La trêve tient", "trêve", "treve")]
    [InlineData("Trêve", null, "La trêve tient", "Trêve", "treve")]
    [InlineData("\"Trêve de Noël\"", null, "La trêve de Noël tient", "Trêve de Noël", "treve de noel")]
    [InlineData("Zürich", null, "Wahl in Zürich", "Zürich", "zurich")]
    [InlineData("Αθήνα", null, "Απεργία στην Αθήνα", "Αθήνα", "αθηνα")]
    [InlineData("غَزَّة", "ar", "هدنة في غزة", "غَزَّة", null)]
    [InlineData("Київ", null, "Київ під обстрілом", "Київ", "киів")]
    [InlineData("快乐", "zh", "祝你们新年快乐", "快乐", null)]
    public async Task A_word_is_shown_as_written_not_as_its_folded_key(string topic, string? language, string headline, string written, string? folded)
    {
        var line = Assert.Single(await MatchAsync([("s1", topic)], Article(headline, language)));

        using var json = JsonDocument.Parse(line);
        var hit = json.RootElement.GetProperty("hits")[0];
        Assert.Equal(written, hit.GetProperty("query").GetString());
        Assert.StartsWith($"\"{written}\"", json.RootElement.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal(topic, json.RootElement.GetProperty("topic").GetString());
        if (folded is not null)
        {
            Assert.DoesNotContain($"\"{folded}\"", json.RootElement.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Each_subscription_is_shown_with_its_own_capitals()
    {
        var lines = await MatchAsync([("upper", "Syria"), ("lower", "syria"), ("shout", "SYRIA AND truce")], Article("Syria truce holds", "en"));

        var queries = lines.Select(l => JsonDocument.Parse(l)).ToDictionary(
            j => j.RootElement.GetProperty("subscription").GetString()!,
            j => j.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("query").GetString()).ToList());
        Assert.Equal(["Syria"], queries["upper"]);
        Assert.Equal(["syria"], queries["lower"]);
        Assert.Equal(["SYRIA", "truce"], queries["shout"]);
    }

    [Fact]
    public async Task A_filter_and_a_word_written_twice_keep_their_first_spelling()
    {
        var line = Assert.Single(await MatchAsync([("s1", "source:Reuters (Trêve OR trêve)")], """{"uri":"urn:a","headline":"La trêve tient","copyrightholder":"Reuters"}"""));

        using var json = JsonDocument.Parse(line);
        var queries = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("query").GetString()).ToList();
        Assert.Contains("Trêve", queries);
        Assert.DoesNotContain("treve", queries);
        Assert.DoesNotContain("trêve", queries);
    }

    // Without a language the article is read in every topic's language (the topic file has none: a topic is English
    // unless its script says otherwise, as 快乐 and غزة do).
    private static string Article(string headline, string? language) => language is null
        ? JsonSerializer.Serialize(new { uri = "urn:a", headline, body_text = headline })
        : JsonSerializer.Serialize(new { uri = "urn:a", headline, body_text = headline, language });

    private async Task<List<string>> MatchAsync(IEnumerable<(string Id, string Topic)> topics, string articleLine)
    {
        var topicsPath = Path.Combine(folder, "topics.txt");
        var articlesPath = Path.Combine(folder, "articles.jsonl");
        await File.WriteAllLinesAsync(topicsPath, topics.Select(t => $"{t.Id}\t{t.Topic}"));
        await File.WriteAllTextAsync(articlesPath, articleLine + "\n");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new MatchCommand().RunAsync(["--topics", topicsPath, "--articles", articlesPath], new CliConsole(output, error), CancellationToken.None);
        Assert.True(code == 0, error.ToString());
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
