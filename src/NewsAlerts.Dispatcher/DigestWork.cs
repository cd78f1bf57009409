namespace NewsAlerts.Dispatcher;

using global::Azure.Messaging.ServiceBus;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// The email worker's handling of a digest batch: read it (dead-letter what is not one), send it through the
/// <see cref="DigestDispatcher"/>, settle it as an alert batch is settled (complete, go round again, dead-letter after
/// the last attempt, hand back when stopping, leave unsettled when its lock was lost). A digest dead-lettered while
/// still failing has its ledger row marked dead-lettered first, through the worker's <c>markDeadLettered</c> (the alert
/// batches' path).
/// </summary>
internal static class DigestWork
{
    /// <summary>Handles one digest message and says how it was settled (null: not settled, its lock was lost).</summary>
    public static async Task<Settlement?> HandleAsync(
        ProcessMessageEventArgs args, DigestDispatcher digests, DispatcherOptions options, CancellationToken lockLost,
        Func<ProcessMessageEventArgs, Func<CancellationToken, Task<int>>, Task> markDeadLettered)
    {
        var batch = DigestMessage.Read(args.Message.Body.ToMemory().Span, out var problem);
        if (batch is null)
        {
            return await MessageSettling.SettleAsync(args, BatchSettlement.Unreadable(problem!));
        }

        BatchOutcome? outcome = null;
        try
        {
            // The lock-lost token ends it too: a digest whose lock went is the next worker's, and the claim this one
            // took before the send is handed back so that worker sends it at once.
            outcome = await digests.DispatchAsync(batch, lockLost);
        }
        catch (OperationCanceledException) when (lockLost.IsCancellationRequested)
        {
            // The host is stopping or the lock was lost (the lock's source is linked to the host's): decided below.
        }

        var stopping = args.CancellationToken.IsCancellationRequested;
        var settlement = BatchSettlement.Once(outcome, stopping, lockLost.IsCancellationRequested && !stopping, args.Message.DeliveryCount, options.MaxAttempts);
        if (settlement is null)
        {
            return null;
        }

        if (outcome is not null && DeadLettering.MarksLedger(settlement))
        {
            await markDeadLettered(args, cancellationToken => digests.MarkDeadLetteredAsync(batch, args.Message.DeliveryCount, cancellationToken));
        }

        return await MessageSettling.SettleAsync(args, settlement);
    }
}
