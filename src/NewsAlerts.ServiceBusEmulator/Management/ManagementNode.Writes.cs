using Amqp;
using Amqp.Types;
using NewsAlerts.ServiceBusEmulator.Amqp;
using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Management;

/// <summary>Management operations that change state: settlement by lock token, scheduling and cancelling.</summary>
internal sealed partial class ManagementNode
{
    private static Message UpdateDisposition(Message request, Map body, MessageQueue queue)
    {
        var tokens = RequestValues.Guids(body, "lock-tokens");
        var status = body["disposition-status"]?.ToString() ?? throw new ArgumentException("The request needs 'disposition-status'.");
        var reason = body["deadletter-reason"] as string;
        var description = body["deadletter-description"] as string;
        var changes = BareMessageEditor.ReadChanges(body["properties-to-modify"] as Map);
        foreach (var token in tokens)
        {
            var message = queue.FindLocked(token);
            if (message is null)
            {
                return LockLost(request);
            }

            var result = status switch
            {
                "completed" => queue.Complete(message, token),
                "abandoned" => queue.Abandon(message, token, changes),
                "defered" or "deferred" => queue.Defer(message, token, changes),
                "suspended" => queue.DeadLetter(message, token, reason, description, changes),
                _ => throw new ArgumentException($"Unknown disposition-status '{status}'."),
            };
            if (result == SettleResult.LockLost)
            {
                return LockLost(request);
            }
        }

        return ManagementResponses.Ok(request, null);
    }

    private Message Schedule(Message request, Map body, IMessageSink sink)
    {
        var entries = body["messages"] as List ?? throw new ArgumentException("The request needs 'messages'.");
        var messages = new List<IncomingMessage>(entries.Count);
        foreach (var entry in entries)
        {
            var encoded = (entry as Map)?["message"] as byte[] ?? throw new ArgumentException("Each scheduled entry needs 'message'.");
            messages.Add(MessageDecoder.Decode(new ByteBuffer(encoded, 0, encoded.Length, encoded.Length)));
        }

        MessageIds.AssignMissing(messages);
        var sequenceNumbers = sink.Schedule(messages);
        try
        {
            // A scheduled message is answered for only once its journal holds it (scheduling is rare: waiting here is cheap).
            journal?.WhenWritten().GetAwaiter().GetResult();
        }
        catch (IOException exception)
        {
            return ManagementResponses.Error(request, 500, "The scheduled messages could not be stored: " + exception.Message, new Symbol(ErrorCode.InternalError));
        }

        return ManagementResponses.Ok(request, new Map { ["sequence-numbers"] = sequenceNumbers });
    }

    private static Message Cancel(Message request, Map body, IMessageSink sink)
    {
        sink.CancelScheduled(RequestValues.Longs(body, "sequence-numbers"));
        return ManagementResponses.Ok(request, null);
    }
}
