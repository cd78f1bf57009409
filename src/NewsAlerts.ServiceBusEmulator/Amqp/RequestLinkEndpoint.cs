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

    private void Respond(Message request)
    {
        Message response;
        try
        {
            response = node.Handle(request, connection);
        }
        catch (Exception exception) when (exception is AmqpException or InvalidCastException or FormatException or KeyNotFoundException or ArgumentException)
        {
            EmulatorLog.OperationFailed(logger, node.Address, request.ApplicationProperties?["operation"]?.ToString(), exception.Message);
            response = Management.ManagementResponses.Error(request, 400, exception.Message, AmqpErrors.ArgumentError);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Anything else is the emulator's fault, not the request's: the client gets an error, the emulator goes on.
            EmulatorLog.UnexpectedError(logger, node.Address, exception);
            response = Management.ManagementResponses.Error(request, 500, exception.Message, new global::Amqp.Types.Symbol(ErrorCode.InternalError));
        }

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
