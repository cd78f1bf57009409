using NewsAlerts.Cli.Commands;
using NewsAlerts.Core.Articles;
using NewsAlerts.Matching.Index;
using NewsAlerts.Matching.Interchange;

namespace NewsAlerts.Cli.Matching;

/// <summary>
/// <c>newsalerts match --topics FILE --articles FILE.jsonl</c>: one JSON line per (article, subscription) match.
/// Each line is an article as <c>POST /api/articles</c> takes it (ninjs), read by the API's own parser.
/// </summary>
public sealed class MatchCommand : ICliCommand
{
    public string Name => "match";

    public string Summary => "match articles (JSON lines) against topics offline: match --topics <file> --articles <file.jsonl>";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var topicsPath = Option(arguments, "--topics");
        var articlesPath = Option(arguments, "--articles");
        if (topicsPath is null || articlesPath is null)
        {
            await console.Error.WriteLineAsync("usage: newsalerts match --topics <file> --articles <file.jsonl>");
            return 2;
        }

        foreach (var path in new[] { topicsPath, articlesPath })
        {
            if (!File.Exists(path))
            {
                await console.Error.WriteLineAsync($"{path}: file not found");
                return 2;
            }
        }

        var (subscriptions, error) = TopicFile.Parse(await File.ReadAllTextAsync(topicsPath, cancellationToken));
        if (error is not null)
        {
            await console.Error.WriteLineAsync($"{topicsPath}:{error.Line}: {error.Reason}");
            return 2;
        }

        var index = new PercolatorIndex();
        index.AddRange(subscriptions);
        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(articlesPath, cancellationToken))
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            // The API's own reader (ninjs, body_html reduced to text), so a line matches here as it would when published.
            var parsed = ArticleParser.Parse(line, TimeProvider.System);
            if (parsed.Value is not { } article)
            {
                await console.Error.WriteLineAsync($"{articlesPath}:{lineNumber}: {string.Join("; ", parsed.Errors.Select(e => $"{e.Field}: {e.Reason}"))}");
                return 2;
            }

            var document = article.ToDocument();
            foreach (var match in index.Match(document))
            {
                await console.Out.WriteLineAsync(MatchJson.Format(document, match));
            }
        }

        return 0;
    }

    internal static string? Option(IReadOnlyList<string> arguments, string name)
    {
        for (var i = 0; i < arguments.Count - 1; i++)
        {
            if (arguments[i] == name)
            {
                return arguments[i + 1];
            }
        }

        return null;
    }
}
