namespace NewsAlerts.Dispatcher;

using global::Azure.Messaging.ServiceBus;
using NewsAlerts.Core.Dispatch;

/// <summary>Carries out a worker's <see cref="Settlement"/> on the message in hand.</summary>
public static class MessageSettling
{
    /// <summary>
    /// Completes, dead-letters (with the settlement's reason and description) or abandons the message. A host that is
    /// stopping still settles: its own token is cancelled by then, and settling with it would throw, leaving a finished
    /// message to come back after its lock and use up another attempt; the client's operation timeout bounds the wait.
    /// </summary>
    /// <param name="args">The processor's arguments for the message.</param>
    /// <param name="settlement">How to settle it.</param>
    /// <returns><paramref name="settlement"/>, once carried out.</returns>
    /// <exception cref="ServiceBusException">The broker refused the settlement (for example, the lock was lost).</exception>
    public static async Task<Settlement> SettleAsync(ProcessMessageEventArgs args, Settlement settlement)
    {
        var cancellationToken = args.CancellationToken.IsCancellationRequested ? CancellationToken.None : args.CancellationToken;
        await (settlement.Action switch
        {
            SettlementAction.Complete => args.CompleteMessageAsync(args.Message, cancellationToken),
            SettlementAction.DeadLetter => args.DeadLetterMessageAsync(args.Message, settlement.DeadLetterReason, settlement.DeadLetterDescription, cancellationToken),
            _ => args.AbandonMessageAsync(args.Message, cancellationToken: cancellationToken),
        });
        return settlement;
    }
}
