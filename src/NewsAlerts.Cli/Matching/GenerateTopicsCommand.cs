using System.Globalization;
using NewsAlerts.Cli.Commands;
using NewsAlerts.Matching.Generation;
using NewsAlerts.Matching.Interchange;

namespace NewsAlerts.Cli.Matching;

/// <summary>
/// <c>newsalerts generate-topics --articles FILE.jsonl [--count N] [--distinct D] [--seed S]</c>: a realistic
/// subscription set (id TAB subscriber TAB topic) from the articles' vocabulary, countries and IPTC labels.
/// </summary>
public sealed class GenerateTopicsCommand : ICliCommand
{
    public string Name => "generate-topics";

    public string Summary => "generate a subscription set: generate-topics --articles <file.jsonl> [--count 1000] [--distinct 1000] [--seed 1]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var articlesPath = MatchCommand.Option(arguments, "--articles");
        if (articlesPath is null || !File.Exists(articlesPath))
        {
            await console.Error.WriteLineAsync("usage: newsalerts generate-topics --articles <file.jsonl> [--count N] [--distinct D] [--seed S]");
            return 2;
        }

        if (!TryNumber(arguments, "--count", 1000, out var count) || !TryNumber(arguments, "--distinct", count, out var distinct) || !TryNumber(arguments, "--seed", 1, out var seed))
        {
            await console.Error.WriteLineAsync("--count, --distinct and --seed take non-negative integers");
            return 2;
        }

        var articles = new List<NewsAlerts.Matching.Index.ArticleDocument>();
        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(articlesPath, cancellationToken))
        {
            lineNumber++;
            var (article, reason) = line.Trim().Length == 0 ? (null, null) : ArticleJson.Parse(line);
            if (reason is not null)
            {
                await console.Error.WriteLineAsync($"{articlesPath}:{lineNumber}: {reason}");
                return 2;
            }

            if (article is not null)
            {
                articles.Add(article);
            }
        }

        var generator = new TopicGenerator(TopicVocabulary.FromArticles(articles), seed);
        var topics = generator.DistinctTopics(Math.Max(1, distinct));
        foreach (var subscription in generator.Subscriptions(topics, count))
        {
            await console.Out.WriteLineAsync($"{subscription.Id}\t{subscription.SubscriberId}\t{subscription.Topic}");
        }

        return 0;
    }

    private static bool TryNumber(IReadOnlyList<string> arguments, string name, int fallback, out int value)
    {
        var text = MatchCommand.Option(arguments, name);
        value = fallback;
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 0);
    }
}
