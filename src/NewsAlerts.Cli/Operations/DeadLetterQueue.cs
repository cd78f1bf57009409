namespace NewsAlerts.Cli.Operations;

using System.Globalization;
using global::Azure.Messaging.ServiceBus;
using NewsAlerts.Cli.Commands;

/// <summary>Reads and replays one alert queue's dead-letter sub-queue for the <c>dlq</c> command.</summary>
public sealed class DeadLetterQueue(ServiceBusClient client, string queue, CliConsole console)
{
    private const int PageSize = 100;
    private static readonly TimeSpan EmptyWait = TimeSpan.FromSeconds(2);

    /// <summary>Prints one line per selected dead letter and a count per reason; exit code 0.</summary>
    public async Task<int> ListAsync(DeadLetterFilter filter, CancellationToken cancellationToken)
    {
        var selected = await PeekAllAsync(filter, cancellationToken);
        foreach (var message in selected)
        {
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{message.SequenceNumber,8}  {message.EnqueuedTime:u}  {message.DeadLetterReason ?? "-",-20} {DeadLetterFilter.ArticleOf(message) ?? "-"}  {Describe(message.DeadLetterErrorDescription)}"));
        }

        await console.Out.WriteLineAsync($"{selected.Count} dead-lettered message(s) in {queue}" + Summary(selected));
        return 0;
    }

    /// <summary>Prints one dead letter whole (properties and body); exit code 3 when there is none with that number.</summary>
    public async Task<int> ShowAsync(long sequenceNumber, CancellationToken cancellationToken)
    {
        await using var receiver = DeadLetterReceiver();
        var message = (await receiver.PeekMessagesAsync(1, sequenceNumber, cancellationToken)).FirstOrDefault(m => m.SequenceNumber == sequenceNumber);
        if (message is null)
        {
            await console.Error.WriteLineAsync($"newsalerts dlq: no dead letter {sequenceNumber} in {queue}.");
            return 3;
        }

        await console.Out.WriteLineAsync($"sequence:     {message.SequenceNumber}");
        await console.Out.WriteLineAsync($"message id:   {message.MessageId}");
        await console.Out.WriteLineAsync($"enqueued:     {message.EnqueuedTime:u}");
        await console.Out.WriteLineAsync($"deliveries:   {message.DeliveryCount}");
        await console.Out.WriteLineAsync($"reason:       {message.DeadLetterReason}");
        await console.Out.WriteLineAsync($"description:  {message.DeadLetterErrorDescription}");
        foreach (var (key, value) in message.ApplicationProperties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            await console.Out.WriteLineAsync($"property:     {key} = {value}");
        }

        // Batches hold subscriber ids and the article's text, never an address or number.
        await console.Out.WriteLineAsync("body:");
        await console.Out.WriteLineAsync(message.Body.ToString());
        return 0;
    }

    /// <summary>
    /// Sends each selected dead letter back to the queue (<see cref="DeadLetterReplay"/>) and removes it from the
    /// dead-letter queue; the others are left where they were. With <paramref name="dryRun"/>, only says what it would do.
    /// </summary>
    public async Task<int> ReplayAsync(DeadLetterFilter filter, bool dryRun, CancellationToken cancellationToken)
    {
        var planned = await PeekAllAsync(filter, cancellationToken);
        if (dryRun || planned.Count == 0)
        {
            await console.Out.WriteLineAsync($"{(dryRun ? "Would replay" : "Nothing to replay:")} {planned.Count} message(s) to {queue}" + Summary(planned));
            return 0;
        }

        var progress = new ProgressBar(console.Error, planned.Count, "replayed", interactive: !Console.IsErrorRedirected && ReferenceEquals(console, CliConsole.System));
        var replayed = 0;
        var held = new List<ServiceBusReceivedMessage>();
        var seen = new HashSet<long>();
        await using var receiver = DeadLetterReceiver();
        await using var sender = client.CreateSender(queue);
        while (true)
        {
            var page = await receiver.ReceiveMessagesAsync(PageSize, EmptyWait, cancellationToken);
            // A page of messages already seen means only held ones whose lock lapsed are left: the pass is over.
            if (page.Count == 0 || page.All(m => !seen.Add(m.SequenceNumber) && !filter.Matches(m)))
            {
                held.AddRange(page);
                break;
            }

            foreach (var message in page)
            {
                if (!filter.Matches(message))
                {
                    held.Add(message);
                    continue;
                }

                await sender.SendMessageAsync(DeadLetterReplay.CopyOf(message), cancellationToken);
                await receiver.CompleteMessageAsync(message, cancellationToken);
                progress.Report(++replayed);
            }
        }

        foreach (var message in held)
        {
            try
            {
                await receiver.AbandonMessageAsync(message, cancellationToken: cancellationToken);
            }
            catch (ServiceBusException ex) when (ex.Reason == ServiceBusFailureReason.MessageLockLost)
            {
                // Its lock lapsed: it is back in the dead-letter queue already.
            }
        }

        progress.Report(planned.Count);
        await console.Out.WriteLineAsync($"Replayed {replayed} message(s) to {queue}" + Summary(planned));
        return 0;
    }

    private ServiceBusReceiver DeadLetterReceiver() =>
        client.CreateReceiver(queue, new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter, ReceiveMode = ServiceBusReceiveMode.PeekLock });

    private async Task<List<ServiceBusReceivedMessage>> PeekAllAsync(DeadLetterFilter filter, CancellationToken cancellationToken)
    {
        await using var receiver = DeadLetterReceiver();
        var selected = new List<ServiceBusReceivedMessage>();
        long next = 0;
        while (true)
        {
            var page = await receiver.PeekMessagesAsync(PageSize, next, cancellationToken);
            if (page.Count == 0)
            {
                return selected;
            }

            selected.AddRange(page.Where(filter.Matches));
            next = page[^1].SequenceNumber + 1;
        }
    }

    private static string Summary(IEnumerable<ServiceBusReceivedMessage> messages)
    {
        var byReason = messages.GroupBy(m => m.DeadLetterReason ?? "(none)").OrderByDescending(g => g.Count()).Select(g => $"{g.Key}: {g.Count()}").ToList();
        return byReason.Count == 0 ? "." : $" ({string.Join(", ", byReason)}).";
    }

    private static string Describe(string? description) =>
        description is null ? string.Empty : description.Length <= 100 ? description : description[..100] + "…";
}
