namespace NewsAlerts.Cli.Commands;

using System.Text.Json;
using System.Text.Json.Serialization;
using global::Azure;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Operations;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// <c>newsalerts deliveries &lt;articleId&gt; [--json]</c>: the delivery ledger's states for one article by channel
/// (counts, and what did not go with its reasons), from Table storage (settings as <see cref="OperatorServices"/>).
/// </summary>
public sealed class DeliveriesCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <inheritdoc />
    public string Name => "deliveries";

    /// <inheritdoc />
    public string Summary => "<articleId> [--json]: the ledger's delivery states for one article by channel";

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var args = new CommandArguments(arguments);
        if (args.Positional.Count != 1)
        {
            await console.Error.WriteLineAsync("Usage: newsalerts deliveries <articleId> [--json] [--Storage:ConnectionString=... | --Storage:TableServiceUri=...] [--Storage:TablePrefix=...]");
            return 2;
        }

        var articleId = args.Positional[0];
        try
        {
            return await OperatorServices.RunAsync(Name, arguments, console, async services =>
            {
                var ledger = services.GetRequiredService<IDeliveryLedger>();
                var rows = new List<LedgerEntry>();
                foreach (var channel in Enum.GetValues<Channel>())
                {
                    await foreach (var row in ledger.ListAsync(articleId, channel, cancellationToken))
                    {
                        rows.Add(row);
                    }
                }

                var report = DeliveryReport.From(articleId, rows);
                if (args.Flag("json"))
                {
                    await console.Out.WriteLineAsync(JsonSerializer.Serialize(report, Json));
                }
                else
                {
                    await DeliveryReportText.WriteAsync(console.Out, report);
                }

                return 0;
            });
        }
        catch (RequestFailedException ex)
        {
            await console.Error.WriteLineAsync($"newsalerts deliveries: Table storage refused: {ex.Status} {ex.ErrorCode}");
            return 1;
        }
    }
}
