namespace NewsAlerts.Dispatcher;

using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Logging;
using NewsAlerts.Core.Health;

/// <summary>
/// The lifetime of one queue worker's <see cref="ServiceBusProcessor"/>: <see cref="RunAsync"/> creates it on the queue
/// (through <see cref="ServiceBusClient.CreateProcessor(string, ServiceBusProcessorOptions)"/>, so a client that wraps
/// its processors still sees it), starts it and keeps it running until the host stops; <see cref="StopAsync"/> stops and
/// disposes it. The worker keeps its own options and settles its own messages (<c>AutoCompleteMessages</c> is expected
/// off): stopping cancels the token every handler in flight sees and waits for those handlers to return, so each message
/// in hand is completed, dead-lettered or handed back, never dropped.
/// </summary>
/// <remarks>
/// Start and stop are serialised: a stop that comes while the processor is starting cancels the start, waits for it and
/// then stops and disposes the processor, and a stop that comes first means the processor is never created (a host
/// stopped during a worker's warm-up would otherwise be left with a processor still receiving, or wait for a start on an
/// unreachable namespace until its shutdown deadline).
/// </remarks>
/// <param name="client">The Service Bus client; not owned.</param>
/// <param name="queue">The queue to receive from.</param>
/// <param name="options">The processor's options, as the worker chose them.</param>
/// <param name="logger">The worker's logger, for the processor's errors (receiving, renewing locks, a handler that threw).</param>
public sealed partial class QueueProcessorHost(ServiceBusClient client, string queue, ServiceBusProcessorOptions options, ILogger logger)
{
    // Never disposed: without AvailableWaitHandle a SemaphoreSlim holds nothing that needs it.
    private readonly SemaphoreSlim gate = new(1, 1);

    // Cancelled first thing by StopAsync, so a start still waiting on an unreachable namespace gives way to the stop
    // instead of holding the gate until the host's shutdown deadline. Never disposed: it has no timer.
    private readonly CancellationTokenSource stopping = new();
    // Receiving and lock errors in a row (the namespace unreachable), said once; a minute without one ends the streak.
    private readonly NewsAlerts.Core.Health.FailureStreak errors = new(TimeSpan.FromMinutes(1));
    private ServiceBusProcessor? processor;
    private bool stopped;

    /// <summary>Whether a processor was started (and not yet stopped). For logs and tests.</summary>
    public bool IsRunning => processor is { IsProcessing: true };

    /// <summary>
    /// Creates and starts the processor with these handlers, then waits until <paramref name="stoppingToken"/> is
    /// cancelled. Returns at once, creating nothing, when <see cref="StopAsync"/> came first.
    /// </summary>
    /// <param name="handle">Handles (and settles) one message.</param>
    /// <param name="stoppingToken">The host's stopping token.</param>
    /// <exception cref="OperationCanceledException"><paramref name="stoppingToken"/> was cancelled while starting.</exception>
    /// <exception cref="InvalidOperationException">The processor was already run.</exception>
    public async Task RunAsync(Func<ProcessMessageEventArgs, Task> handle, CancellationToken stoppingToken)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, stopping.Token);
        try
        {
            await gate.WaitAsync(run.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return;
        }

        try
        {
            if (stopped)
            {
                return;
            }

            if (processor is not null)
            {
                throw new InvalidOperationException($"The processor on {queue} was already run.");
            }

            processor = client.CreateProcessor(queue, options);
            processor.ProcessMessageAsync += args =>
            {
                // A message received: the connection works again.
                if (errors.Succeeded() is { } ended)
                {
                    LogProcessorRecovered(logger, queue, ended.Failures, ended.Since);
                }

                return handle(args);
            };
            processor.ProcessErrorAsync += OnErrorAsync;
            await processor.StartProcessingAsync(run.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // StopAsync came during the start: it stops and disposes the processor created here.
            return;
        }
        finally
        {
            gate.Release();
        }

        try
        {
            await Task.Delay(Timeout.Infinite, run.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopping: StopAsync stops the processor.
        }
    }

    /// <summary>
    /// Stops the processor (its handlers in flight see their token cancelled and are waited for) and disposes it; from
    /// now on <see cref="RunAsync"/> starts nothing. Safe to call more than once, and before <see cref="RunAsync"/>.
    /// </summary>
    /// <param name="cancellationToken">The host's shutdown deadline.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first.</exception>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        ServiceBusProcessor? running;
        await stopping.CancelAsync();
        await gate.WaitAsync(cancellationToken);
        try
        {
            stopped = true;
            running = processor;
        }
        finally
        {
            gate.Release();
        }

        if (running is null)
        {
            return;
        }

        try
        {
            await running.StopProcessingAsync(cancellationToken);
            await running.DisposeAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The bus is gone (or went while stopping): the locks this processor held lapse and their messages are received
            // again. Expected while a process stops, so one line with its cause and no stack trace (trial s42 #A's kind).
            LogStopFailed(logger, queue, FailureReason.OneLine(ex));
        }
    }

    private Task OnErrorAsync(ProcessErrorEventArgs args)
    {
        // The client retries a broken connection over and over: one line per streak of its errors (trial r41 #1), not one
        // each. A handler that threw is about its own message, and always logged.
        if (args.ErrorSource == ServiceBusErrorSource.ProcessMessageCallback || errors.Failed(TimeProvider.System.GetUtcNow()))
        {
            LogProcessorError(logger, queue, args.ErrorSource.ToString(), args.Exception);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Queue {Queue}: processor error ({Source}); errors that follow within a minute of each other are not logged until a message is received")]
    private static partial void LogProcessorError(ILogger logger, string queue, string source, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue}: stopping the processor failed ({Reason}); the messages it held are received again once their locks lapse")]
    private static partial void LogStopFailed(ILogger logger, string queue, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue {Queue}: receiving again, after {Failures} processor errors since {Since:o}")]
    private static partial void LogProcessorRecovered(ILogger logger, string queue, int failures, DateTimeOffset since);
}
