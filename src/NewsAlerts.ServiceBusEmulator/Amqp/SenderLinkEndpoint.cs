using Amqp.Listener;
using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Entities;
using NewsAlerts.ServiceBusEmulator.Logging;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>A client's sender: each transfer (a message or a batch) is enqueued whole or refused whole.</summary>
internal sealed class SenderLinkEndpoint(IMessageSink sink, int maxMessageSize, ILogger logger) : LinkEndpoint
{
    public override void OnMessage(MessageContext messageContext)
    {
        var incoming = (IncomingMessage)messageContext.Message;
        if (incoming.EncodedSize > maxMessageSize)
        {
            EmulatorLog.MessageTooLarge(logger, sink.Path, incoming.EncodedSize, maxMessageSize);
            messageContext.Complete(AmqpErrors.MessageSizeExceeded(incoming.EncodedSize, maxMessageSize));
            return;
        }

        var messages = MessageDecoder.Unbatch(incoming);
        MessageIds.AssignMissing(messages);
        sink.Send(messages);
        messageContext.Complete();
    }

    public override void OnFlow(FlowContext flowContext)
    {
    }

    public override void OnDisposition(DispositionContext dispositionContext)
    {
    }
}
