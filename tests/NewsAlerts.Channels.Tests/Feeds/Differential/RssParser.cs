namespace NewsAlerts.Channels.Tests.Feeds.Differential;

using System.Diagnostics;
using System.Text.Json;
using NewsAlerts.Testing;

/// <summary>Runs npm's <c>rss-parser</c> (pinned in this folder's package-lock.json) through Node over a list of feed files.</summary>
internal static class RssParser
{
    /// <summary>rss-parser's reading of each file: its items, or its error.</summary>
    public static async Task<Dictionary<string, JsonElement>> ReadAsync(IReadOnlyList<string> paths)
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "tests", "NewsAlerts.Channels.Tests", "Feeds", "Differential");
        if (!File.Exists(Path.Combine(folder, "node_modules", "rss-parser", "package.json")))
        {
            await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], folder, null);
        }

        var output = await RunAsync("node", ["read-feeds.mjs"], folder, string.Join('\n', paths) + "\n");
        var results = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var element = JsonDocument.Parse(line).RootElement;
            results[element.GetProperty("path").GetString()!] = element;
        }

        return results;
    }

    private static async Task<string> RunAsync(string file, string[] arguments, string folder, string? input)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0
            ? await stdout
            : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {await stderr}");
    }
}
