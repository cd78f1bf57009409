using Amqp;
using Amqp.Framing;
using Amqp.Listener;
using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Entities;
using NewsAlerts.ServiceBusEmulator.Logging;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>Receives requests for a node and sends each response to the reply link the request names.</summary>
internal sealed class RequestLinkEndpoint(IRequestNode node, ClientConnection connection, ILogger logger) : LinkEndpoint
{
    public override void OnMessage(MessageContext messageContext)
    {
        var request = messageContext.Message;
        (request as IncomingMessage)?.EnsureDecoded();
        messageContext.Complete();
        var delay = node.DelayFor(request);
        if (delay > TimeSpan.Zero)
        {
            _ = Task.Delay(delay).ContinueWith(_ => RespondLate(request), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return;
        }

        Respond(request);
    }

    // The client may have gone meanwhile: a failed late reply is logged, never thrown on a pool thread.
    private void RespondLate(Message request)
    {
        try
        {
            Respond(request);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            EmulatorLog.UnexpectedError(logger, node.Address, exception);
        }
    }

    // A response that is ready now is sent on the connection's thread (in request order); one that waits (for the
    // journal) is sent when ready, from the thread that completes it, so the connection never waits on it.
    private void Respond(Message request)
    {
        Task<Message> pending;
        try
        {
            pending = node.HandleAsync(request, connection);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            pending = Task.FromException<Message>(exception);
        }

        if (pending.IsCompleted)
        {
            Send(request, ResponseOf(request, pending));
            return;
        }

        _ = pending.ContinueWith(
            task =>
            {
                try
                {
                    Send(request, ResponseOf(request, task));
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    EmulatorLog.UnexpectedError(logger, node.Address, exception);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>The completed <paramref name="handled"/>'s response, or the error response its exception stands for.</summary>
    private Message ResponseOf(Message request, Task<Message> handled)
    {
        try
        {
            return handled.GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is AmqpException or InvalidCastException or FormatException or KeyNotFoundException or ArgumentException)
        {
            EmulatorLog.OperationFailed(logger, node.Address, request.ApplicationProperties?["operation"]?.ToString(), exception.Message);
            return Management.ManagementResponses.Error(request, 400, exception.Message, AmqpErrors.ArgumentError);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Anything else is the emulator's fault, not the request's: the client gets an error, the emulator goes on.
            EmulatorLog.UnexpectedError(logger, node.Address, exception);
            return Management.ManagementResponses.Error(request, 500, exception.Message, new global::Amqp.Types.Symbol(ErrorCode.InternalError));
        }
    }

    private void Send(Message request, Message response)
    {
        var replyTo = request.Properties?.ReplyTo;
        var replyLink = connection.FindReplyLink(replyTo, node.Address);
        if (replyLink is null)
        {
            EmulatorLog.OperationFailed(logger, node.Address, "reply", $"no reply link for '{replyTo}'");
            return;
        }

        replyLink.Send(response);
    }

    public override void OnFlow(FlowContext flowContext)
    {
    }

    public override void OnDisposition(DispositionContext dispositionContext)
    {
    }
}
