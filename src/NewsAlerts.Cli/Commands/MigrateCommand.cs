namespace NewsAlerts.Cli.Commands;

using global::Azure;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Operations;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// <c>newsalerts migrate merge-duplicates [--dry-run]</c>: merges subscribers that share a contact (saved before one
/// contact meant one subscriber) into the oldest, re-points their ledger rows and writes missing lookup rows
/// (<see cref="DuplicateMigration"/>), against Table storage (settings as <see cref="OperatorServices"/>). Prints one
/// line per merge: ids and counts only, never an address, a number or a topic's text.
/// </summary>
public sealed class MigrateCommand : ICliCommand
{
    private const string Usage =
        "Usage: newsalerts migrate merge-duplicates [--dry-run] [--Storage:ConnectionString=... | --Storage:TableServiceUri=...] [--Storage:TablePrefix=...]";

    /// <inheritdoc />
    public string Name => "migrate";

    /// <inheritdoc />
    public string Summary => "merge-duplicates [--dry-run]: merge subscribers that share a contact (one-off, idempotent)";

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var args = new CommandArguments(arguments);
        if (args.Positional is not ["merge-duplicates"])
        {
            await console.Error.WriteLineAsync(Usage);
            return 2;
        }

        try
        {
            return await OperatorServices.RunAsync(Name, arguments, console, async services =>
            {
                var migration = new DuplicateMigration(services.GetRequiredService<ISubscriberStore>(), services.GetRequiredService<IDeliveryLedger>());
                var report = await migration.RunAsync(args.Flag("dry-run"), cancellationToken);
                var verb = report.DryRun ? "would merge" : "merged";
                foreach (var merge in report.Merges)
                {
                    var dropped = merge.DroppedTopics == 0 ? string.Empty : $"; {merge.DroppedTopics} topics over the limit left out";
                    await console.Out.WriteLineAsync($"{verb} {string.Join(", ", merge.MergedIds)} into {merge.SurvivorId}{dropped}");
                }

                await console.Out.WriteLineAsync(
                    $"{report.Subscribers} subscribers read; {report.Merges.Count} groups of duplicates {verb}; " +
                    $"{report.LookupsWritten} lookup rows {(report.DryRun ? "missing" : "written")}; {report.LedgerRowsMoved} ledger rows re-pointed" +
                    (report.DryRun ? " (dry run: nothing written)" : string.Empty));
                if (report.Left.Count > 0)
                {
                    await console.Out.WriteLineAsync($"{report.Left.Count} groups kept changing and were left for the next run: {string.Join(", ", report.Left)}");
                }

                return 0;
            });
        }
        catch (RequestFailedException ex)
        {
            await console.Error.WriteLineAsync($"newsalerts migrate: Table storage refused: {ex.Status} {ex.ErrorCode}");
            return 1;
        }
    }
}
