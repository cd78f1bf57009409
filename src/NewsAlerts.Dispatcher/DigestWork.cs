namespace NewsAlerts.Dispatcher;

using global::Azure.Messaging.ServiceBus;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// The email worker's handling of a digest batch: read it (dead-letter what is not one), send it through the
/// <see cref="DigestDispatcher"/>, settle it as an alert batch is settled (complete, go round again, dead-letter after
/// the last attempt, hand back when stopping).
/// </summary>
internal static class DigestWork
{
    /// <summary>Handles one digest message and says how it was settled.</summary>
    public static async Task<Settlement> HandleAsync(
        ProcessMessageEventArgs args, DigestDispatcher digests, DispatcherOptions options,
        Func<ProcessMessageEventArgs, Settlement, CancellationToken, Task<Settlement>> settle)
    {
        var batch = DigestMessage.Read(args.Message.Body.ToMemory().Span, out var problem);
        if (batch is null)
        {
            return await settle(args, BatchSettlement.Unreadable(problem!), args.CancellationToken);
        }

        BatchOutcome outcome;
        try
        {
            outcome = await digests.DispatchAsync(batch, args.CancellationToken);
        }
        catch (OperationCanceledException) when (args.CancellationToken.IsCancellationRequested)
        {
            return await settle(args, BatchSettlement.HandBack, CancellationToken.None);
        }

        return await settle(args, BatchSettlement.After(outcome, args.Message.DeliveryCount, options.MaxAttempts), args.CancellationToken);
    }
}
