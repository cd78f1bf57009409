using Amqp.Listener;
using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Entities;
using NewsAlerts.ServiceBusEmulator.Logging;
using NewsAlerts.ServiceBusEmulator.Persistence;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>A client's sender: each transfer (a message or a batch) is enqueued whole or refused whole.</summary>
/// With a data directory the transfer is accepted only once the journal holds it (fsync'd), so an accepted message
/// survives the emulator being killed; a journal that cannot be written refuses the transfer.
internal sealed class SenderLinkEndpoint(IMessageSink sink, int maxMessageSize, JournalWriter? journal, ILogger logger) : LinkEndpoint
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
        var written = journal?.WhenWritten() ?? Task.CompletedTask;
        if (written.IsCompletedSuccessfully)
        {
            messageContext.Complete();
            return;
        }

        _ = written.ContinueWith(
            static (task, state) =>
            {
                // Complete(error) always rejects, even with a null error: accepting is the overload without one.
                var context = (MessageContext)state!;
                if (task.IsCompletedSuccessfully)
                {
                    context.Complete();
                }
                else
                {
                    context.Complete(AmqpErrors.NotStored(task.Exception?.InnerException?.Message));
                }
            },
            messageContext,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public override void OnFlow(FlowContext flowContext)
    {
    }

    public override void OnDisposition(DispositionContext dispositionContext)
    {
    }
}
