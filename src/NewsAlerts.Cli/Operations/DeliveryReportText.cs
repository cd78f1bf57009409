namespace NewsAlerts.Cli.Operations;

using NewsAlerts.Core.Dispatch;
using NewsAlerts.Pages.Editor;

/// <summary>The text form of a <see cref="DeliveryReport"/> for a terminal.</summary>
public static class DeliveryReportText
{
    /// <summary>Writes, per channel, the states with non-zero counts, then what did not go by reason.</summary>
    public static async Task WriteAsync(TextWriter writer, DeliveryReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        await writer.WriteLineAsync($"Article {report.ArticleId}");
        if (report.Channels.Count == 0)
        {
            await writer.WriteLineAsync("  no alerts in the ledger (not published, nobody matched, or not dispatched yet)");
            return;
        }

        foreach (var channel in report.Channels)
        {
            // States in the console's words and form ("Held by the daily cap 1", trial s43 #10: not "1 heldbycap").
            var states = channel.ByState.Where(s => s.Value > 0).Select(s => $"{ConsoleWords.State(s.Key)} {s.Value}");
            await writer.WriteLineAsync($"  {channel.Channel.ToString().ToLowerInvariant(),-6} {channel.Total} alert(s): {string.Join(" | ", states)}");
            foreach (var problem in channel.Undelivered)
            {
                var more = problem.Count > problem.ExampleSubscriberIds.Count ? ", …" : string.Empty;
                await writer.WriteLineAsync(
                    $"           {ConsoleWords.State(problem.State)} {problem.Count}: {problem.Reason} (subscribers {string.Join(", ", problem.ExampleSubscriberIds)}{more})");
            }
        }
    }
}
