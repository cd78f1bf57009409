namespace NewsAlerts.Benchmarks.Faults;

using System.Globalization;
using global::Azure.Messaging.ServiceBus;

/// <summary>
/// What a fault run is waiting on, printed every so often while it waits (full mode, or <c>--verbose</c>): alerts
/// counted in the sinks, messages in each alert queue (how many were delivered before, the highest delivery count) and dead letters.
/// A run that stops moving shows here whether the queues still hold work, and whether it is being worked on.
/// </summary>
internal sealed class Progress(TimeSpan every, TextWriter output)
{
    private DateTime next = DateTime.UtcNow + every;

    /// <summary>Prints a line when the interval has passed since the last one.</summary>
    public async Task MaybeReportAsync(FaultRun run, string waitingFor, int distinct, CancellationToken cancellationToken)
    {
        if (every <= TimeSpan.Zero || DateTime.UtcNow < next)
        {
            return;
        }

        next = DateTime.UtcNow + every;
        var queues = new List<string>();
        foreach (var (name, messages) in await run.Stack.QueueMessagesAsync(cancellationToken))
        {
            // A peek shows no lock; the delivery counts show batches coming back.
            queues.Add(string.Create(CultureInfo.InvariantCulture,
                $"{name} {messages.Count} (delivered before: {messages.Count(m => m.DeliveryCount > 0)}, max delivery count {(messages.Count == 0 ? 0 : messages.Max(m => m.DeliveryCount))})"));
        }

        var dead = await run.Stack.DeadLettersAsync(cancellationToken);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    [{run.Elapsed.TotalSeconds:0} s] waiting for {waitingFor}: {distinct:N0}/{run.Expected:N0} alerts in the sinks; queues: {string.Join(", ", queues)}; dead letters {dead}"));
    }

    /// <summary>Messages of a queue as peeked (peeking takes no lock).</summary>
    public static async Task<IReadOnlyList<ServiceBusReceivedMessage>> PeekAllAsync(ServiceBusReceiver receiver, CancellationToken cancellationToken)
    {
        var all = new List<ServiceBusReceivedMessage>();
        long from = 0;
        while (true)
        {
            var page = await receiver.PeekMessagesAsync(250, from, cancellationToken);
            if (page.Count == 0)
            {
                return all;
            }

            all.AddRange(page);
            from = page[^1].SequenceNumber + 1;
        }
    }
}
