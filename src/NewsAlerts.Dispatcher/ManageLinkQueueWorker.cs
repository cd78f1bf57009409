namespace NewsAlerts.Dispatcher;

using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.ManageLinks;

/// <summary>
/// A ServiceBusProcessor on the <c>manage-links</c> queue: each message asks for a fresh manage link to one address or,
/// by text, to one number (<see cref="ManageLinkMessage"/>). <see cref="ManageLinkMailer"/> handles it and <see cref="ManageLinkSettlement"/>
/// says how to settle: complete, abandon (a failure for now), or dead-letter with a reason. A request stamped for another
/// storage than <paramref name="scope"/> is dead-lettered unread (<see cref="ScopeCheck"/>): its subscriber is not in
/// this storage. Logs never hold the address or number.
/// </summary>
public sealed partial class ManageLinkQueueWorker(ServiceBusClient client, StorageScope scope, ManageLinkMailer mailer, DispatcherOptions options, ILogger<ManageLinkQueueWorker> logger)
    : BackgroundService
{
    /// <summary>Requests handled at once per replica: each is one lookup and at most one email.</summary>
    public const int Concurrency = 2;

    private readonly QueueProcessorHost host = new(client, ManageLinkMessage.Queue, new ServiceBusProcessorOptions
    {
        AutoCompleteMessages = false,
        MaxConcurrentCalls = Concurrency,
        PrefetchCount = options.PrefetchCount,
    }, logger);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
        var settlement = await DecideAsync(args);
        await MessageSettling.SettleAsync(args, settlement);
        if (settlement.Action == SettlementAction.DeadLetter)
        {
            LogDeadLettered(logger, args.Message.MessageId, settlement.DeadLetterReason ?? "unknown", settlement.DeadLetterDescription ?? string.Empty);
        }
    }

    private async Task<Settlement> DecideAsync(ProcessMessageEventArgs args)
    {
        if (ScopeCheck.Refusal(args.Message.ApplicationProperties, scope) is { } otherStorage)
        {
            return otherStorage;
        }

        var ask = ManageLinkMessage.Read(args.Message.Body.ToMemory().Span, out var problem);
        if (ask is null)
        {
            return ManageLinkSettlement.Unreadable(problem!);
        }

        try
        {
            var result = await mailer.HandleAsync(ask, args.CancellationToken);
            if (result.Send is { } send)
            {
                LogSent(logger, args.Message.MessageId, send.Status);
            }
            else
            {
                LogNotSent(logger, args.Message.MessageId, result.Decision);
            }

            return ManageLinkSettlement.After(result, args.Message.DeliveryCount, options.MaxAttempts);
        }
        catch (OperationCanceledException) when (args.CancellationToken.IsCancellationRequested)
        {
            return ManageLinkSettlement.HandBack;
        }
        catch (Exception ex)
        {
            LogFailed(logger, args.Message.MessageId, ex);
            return ManageLinkSettlement.Failed($"Handling failed: {ex.GetType().Name}", args.Message.DeliveryCount, options.MaxAttempts);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Manage link request {MessageId}: not sent ({Decision})")]
    private static partial void LogNotSent(ILogger logger, string messageId, ManageLinkDecision decision);

    [LoggerMessage(Level = LogLevel.Information, Message = "Manage link request {MessageId}: link sent ({Status})")]
    private static partial void LogSent(ILogger logger, string messageId, SendStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Manage link request {MessageId}: failed")]
    private static partial void LogFailed(ILogger logger, string messageId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Manage link request {MessageId}: dead-lettered ({Reason}: {Description})")]
    private static partial void LogDeadLettered(ILogger logger, string messageId, string reason, string description);
}
