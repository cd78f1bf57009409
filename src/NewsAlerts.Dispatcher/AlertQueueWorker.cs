namespace NewsAlerts.Dispatcher;

using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Telemetry;

/// <summary>
/// A ServiceBusProcessor on one alert queue: each message is a delivery batch. Complete when every recipient has an
/// outcome; abandon (redeliver) when some failed for now; dead-letter with a reason when the batch cannot be read
/// or is still unfinished after the last attempt. A digest batch on the email queue (subject
/// <see cref="DigestMessage.Subject"/>) goes to <paramref name="digests"/> and is settled the same way. A message
/// stamped for another storage than <paramref name="scope"/> is dead-lettered first, before any read of it or of the
/// ledger (<see cref="ScopeCheck"/>).
/// </summary>
public sealed partial class AlertQueueWorker(
    AlertChannel channel, ServiceBusClient client, StorageScope scope, BatchDispatcher dispatcher, SubscriberSync subscribers, DispatcherOptions options, AlertMetrics metrics, TimeProvider time, ILogger<AlertQueueWorker> logger,
    DigestDispatcher? digests = null)
    : BackgroundService
{
    private readonly QueueProcessorHost host = new(client, channel.Queue, new ServiceBusProcessorOptions
    {
        AutoCompleteMessages = false,
        MaxConcurrentCalls = channel.ConcurrencyOf(options),
        PrefetchCount = options.PrefetchCount,
        MaxAutoLockRenewalDuration = TimeSpan.FromMinutes(10),
    }, logger);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Know the subscribers before the first batch, so sends need no storage read (storage may still be starting).
        while (true)
        {
            try
            {
                await subscribers.EnsureLoadedAsync(stoppingToken);
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogLoadFailed(logger, channel.Kind, ex);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }

        await host.RunAsync(HandleAsync, stoppingToken);
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await host.StopAsync(cancellationToken);
        await base.StopAsync(cancellationToken);
    }

    private async Task HandleAsync(ProcessMessageEventArgs args)
    {
        var queue = channel.Queue;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var activity = AlertTracing.Source.StartActivity(
            $"process {queue}", System.Diagnostics.ActivityKind.Consumer, AlertTracing.Extract(args.Message.ApplicationProperties));
        activity?.SetTag("messaging.system", "servicebus").SetTag("messaging.operation.type", "process")
            .SetTag("messaging.destination.name", queue).SetTag("messaging.message.id", args.Message.MessageId)
            .SetTag("messaging.servicebus.message.delivery_count", args.Message.DeliveryCount)
            .SetTag(AlertTracing.Channel, channel.Name);
        var settlement = await HandleBatchAsync(args, activity);
        var operation = settlement?.Action switch
        {
            null => "lock_lost",
            SettlementAction.Complete => "complete",
            SettlementAction.DeadLetter => "dead_letter",
            _ => "abandon",
        };
        activity?.SetTag("messaging.operation.name", operation);
        if (settlement?.Action == SettlementAction.DeadLetter)
        {
            metrics.DeadLettered(queue, settlement.DeadLetterReason ?? "unknown");
        }

        metrics.Settled(queue, AlertMetrics.Since(started), time.GetUtcNow() - args.Message.EnqueuedTime, operation);
    }

    // Reads and dispatches one batch, settles its message and says how (null: not settled, its lock was lost).
    private async Task<Settlement?> HandleBatchAsync(ProcessMessageEventArgs args, System.Diagnostics.Activity? activity)
    {
        // Lock lost (renewal refused, or expired, as a copy left in a prefetch buffer may be): the batch is another
        // worker's now. Take no new group and do not settle (the broker would refuse it, possibly only after a while);
        // the group in hand is still finished. (The lock's expiry is the broker's clock, so the SDK's event decides
        // rather than a comparison with this host's clock.)
        using var lockLost = CancellationTokenSource.CreateLinkedTokenSource(args.CancellationToken);
        Func<MessageLockLostEventArgs, Task> onLockLost = _ => lockLost.CancelAsync();
        args.MessageLockLostAsync += onLockLost;
        try
        {
            return await HandleLockedBatchAsync(args, activity, lockLost);
        }
        finally
        {
            args.MessageLockLostAsync -= onLockLost;
        }
    }

    private async Task<Settlement?> HandleLockedBatchAsync(ProcessMessageEventArgs args, System.Diagnostics.Activity? activity, CancellationTokenSource lockLost)
    {
        // Another storage's batch or digest: its subscribers and ledger are not here; nothing of it is read or claimed.
        if (ScopeCheck.Refusal(args.Message.ApplicationProperties, scope) is { } otherStorage)
        {
            LogOtherStorage(logger, channel.Kind, args.Message.MessageId, otherStorage.DeadLetterDescription!);
            return await MessageSettling.SettleAsync(args, otherStorage);
        }

        if (digests is not null && args.Message.Subject == DigestMessage.Subject)
        {
            return await DigestWork.HandleAsync(args, digests, options, lockLost.Token, MarkDeadLetteredAsync);
        }

        var reading = BatchMessage.Read(args.Message.Body.ToMemory().Span, channel.Kind);
        if (reading.Batch is not { } batch)
        {
            return await MessageSettling.SettleAsync(args, BatchSettlement.Unreadable(reading.Problem!));
        }

        activity?.SetTag(AlertTracing.ArticleId, batch.Content.ArticleId).SetTag(AlertTracing.ArticleVersion, batch.Content.ArticleVersion)
            .SetTag(AlertTracing.BatchNumber, batch.BatchNumber).SetTag("messaging.batch.message_count", batch.Recipients.Count);
        BatchOutcome? outcome = null;
        try
        {
            outcome = await dispatcher.DispatchAsync(batch, lockLost.Token);
        }
        catch (OperationCanceledException) when (lockLost.IsCancellationRequested)
        {
            // The host is stopping or the lock was lost (the lock's source is linked to the host's): decided below.
        }

        if (outcome is not null)
        {
            LogBatch(logger, channel.Kind, args.Message.MessageId, outcome.Sent, outcome.AlreadyDone, outcome.Skipped, outcome.Failed, outcome.Retrying, outcome.PossibleDuplicates);
            if (outcome.PossibleDuplicates > 0)
            {
                LogPossibleDuplicates(logger, channel.Kind, args.Message.MessageId, outcome.PossibleDuplicates);
            }
        }

        var stopping = args.CancellationToken.IsCancellationRequested;
        var settlement = BatchSettlement.Once(outcome, stopping, lockLost.IsCancellationRequested && !stopping, args.Message.DeliveryCount, options.MaxAttempts);
        if (settlement is null)
        {
            LogLockLost(logger, channel.Kind, args.Message.MessageId);
            return null;
        }

        if (outcome is null)
        {
            // Stopping mid-batch: hand the rest back for the next worker at once.
            var handedBack = await MessageSettling.SettleAsync(args, settlement);
            LogHandedBack(logger, channel.Kind, args.Message.MessageId);
            return handedBack;
        }

        if (DeadLettering.MarksLedger(settlement))
        {
            await MarkDeadLetteredAsync(args, cancellationToken => dispatcher.MarkDeadLetteredAsync(batch, args.Message.DeliveryCount, cancellationToken));
        }

        return await MessageSettling.SettleAsync(args, settlement);
    }

    // Marks the batch's alerts (or the digest) still retrying as dead-lettered, so the story's tally stops counting them as
    // queued. The batch is dead-lettered even if this fails: its rows then stay retrying (shown as queued), as before the
    // mark existed. Alert batches and digests share this path; `mark` is their dispatcher's ledger write.
    private async Task MarkDeadLetteredAsync(ProcessMessageEventArgs args, Func<CancellationToken, Task<int>> mark)
    {
        try
        {
            var marked = await mark(args.CancellationToken.IsCancellationRequested ? CancellationToken.None : args.CancellationToken);
            LogMarkedDeadLettered(logger, channel.Kind, args.Message.MessageId, marked);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogMarkFailed(logger, channel.Kind, args.Message.MessageId, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} batch {MessageId}: {Sent} sent, {AlreadyDone} already done, {Skipped} skipped, {Failed} failed, {Retrying} retrying, {PossibleDuplicates} possible duplicates")]
    private static partial void LogBatch(ILogger logger, Channel channel, string messageId, int sent, int alreadyDone, int skipped, int failed, int retrying, int possibleDuplicates);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} batch {MessageId}: {Count} alerts were claimed by a worker that stopped before recording them and were sent again (possible duplicates)")]
    private static partial void LogPossibleDuplicates(ILogger logger, Channel channel, string messageId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} batch {MessageId}: stopping mid-batch, handed back to the queue")]
    private static partial void LogHandedBack(ILogger logger, Channel channel, string messageId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} batch {MessageId}: {Count} alerts still failing marked dead-lettered in the ledger")]
    private static partial void LogMarkedDeadLettered(ILogger logger, Channel channel, string messageId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} batch {MessageId}: could not mark its alerts dead-lettered in the ledger; they stay retrying")]
    private static partial void LogMarkFailed(ILogger logger, Channel channel, string messageId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} batch {MessageId}: its lock was lost; left to the worker the queue gives it to next")]
    private static partial void LogLockLost(ILogger logger, Channel channel, string messageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Channel} message {MessageId}: dead-lettered as OtherStorage: {Description}")]
    private static partial void LogOtherStorage(ILogger logger, Channel channel, string messageId, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} worker could not load the subscribers yet; trying again")]
    private static partial void LogLoadFailed(ILogger logger, Channel channel, Exception exception);
}
