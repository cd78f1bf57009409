namespace NewsAlerts.Cli.Commands;

using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Operations;

/// <summary>
/// <c>newsalerts dlq list|show|replay --queue email-alerts|sms-alerts|manage-links [--reason R] [--article ID] [--dry-run]</c>:
/// the dead-letter queues of the alert queues, against any Service Bus (settings as <see cref="OperatorServices"/>).
/// </summary>
public sealed class DlqCommand : ICliCommand
{
    private const string Usage =
        "Usage: newsalerts dlq list|show|replay --queue email-alerts|sms-alerts|manage-links [--reason R] [--article ID] [--dry-run] [--sequence N]\n" +
        "       settings: --ServiceBus:ConnectionString=... or --ServiceBus:FullyQualifiedNamespace=<ns>.servicebus.windows.net";

    private static readonly string[] Queues = ["email-alerts", "sms-alerts", NewsAlerts.Core.ManageLinks.ManageLinkMessage.Queue];

    /// <inheritdoc />
    public string Name => "dlq";

    /// <inheritdoc />
    public string Summary => "list | show | replay dead-lettered alert batches (replay is safe: the ledger skips what was sent)";

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var args = new CommandArguments(arguments, "queue", "reason", "article", "sequence");
        var action = args.Positional.FirstOrDefault();
        var queue = args.Option("queue");
        if (action is not ("list" or "show" or "replay") || queue is null || !Queues.Contains(queue))
        {
            await console.Error.WriteLineAsync(queue is not null && !Queues.Contains(queue) ? $"newsalerts dlq: unknown queue '{queue}'.\n{Usage}" : Usage);
            return 2;
        }

        var filter = new DeadLetterFilter(args.Option("reason"), args.Option("article"));
        try
        {
            return await OperatorServices.RunAsync(Name, arguments, console, async services =>
            {
                var client = services.GetRequiredService<ServiceBusClient>();
                var deadLetters = new DeadLetterQueue(client, queue, console);
                return action switch
                {
                    "list" => await deadLetters.ListAsync(filter, cancellationToken),
                    "show" => await deadLetters.ShowAsync(SequenceFrom(args), cancellationToken),
                    _ => await deadLetters.ReplayAsync(filter, args.Flag("dry-run"), cancellationToken),
                };
            });
        }
        catch (FormatException ex)
        {
            await console.Error.WriteLineAsync($"newsalerts dlq: {ex.Message}\n{Usage}");
            return 2;
        }
        catch (ServiceBusException ex)
        {
            await console.Error.WriteLineAsync($"newsalerts dlq: Service Bus refused: {ex.Reason}: {ex.Message.Split('\n')[0]}");
            return 1;
        }
    }

    private static long SequenceFrom(CommandArguments args)
    {
        var text = args.Option("sequence") ?? args.Positional.Skip(1).FirstOrDefault();
        return long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException("show needs the dead letter's sequence number (from list): dlq show 42 --queue sms-alerts");
    }
}
