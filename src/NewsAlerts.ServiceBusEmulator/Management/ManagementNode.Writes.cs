using Amqp;
using Amqp.Types;
using NewsAlerts.ServiceBusEmulator.Amqp;
using NewsAlerts.ServiceBusEmulator.Entities;
using NewsAlerts.ServiceBusEmulator.Logging;

namespace NewsAlerts.ServiceBusEmulator.Management;

/// <summary>
/// Management operations that change state: settlement by lock token, scheduling and cancelling. Each is answered only
/// once the journal holds its change; a journal that cannot be written, whatever the reason, answers an AMQP error (the
/// client's call throws), never a crash or silence. The wait is a task, not a blocked thread: the connection's thread
/// runs every link of that connection, so one slow disk write must not stall the others' receives and sends.
/// </summary>
internal sealed partial class ManagementNode
{
    private Task<Message> UpdateDisposition(Message request, Map body, MessageQueue queue)
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
                return Task.FromResult(LockLost(request));
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
                return Task.FromResult(LockLost(request));
            }
        }

        return WhenStored(request, ManagementResponses.Ok(request, null), "The settlement");
    }

    private Task<Message> Schedule(Message request, Map body, IMessageSink sink)
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
        return WhenStored(request, ManagementResponses.Ok(request, new Map { ["sequence-numbers"] = sequenceNumbers }), "The scheduled messages");
    }

    private Task<Message> Cancel(Message request, Map body, IMessageSink sink)
    {
        sink.CancelScheduled(RequestValues.Longs(body, "sequence-numbers"));
        return WhenStored(request, ManagementResponses.Ok(request, null), "The cancellation");
    }

    /// <summary>
    /// Completes with <paramref name="ok"/> once every record appended so far is on disk; otherwise with an internal-error
    /// response naming <paramref name="what"/> and the disk's reason. Any exception counts (a full disk, a file made
    /// read-only, ...). Called right after the change was appended, so the round it waits for holds that change.
    /// </summary>
    private Task<Message> WhenStored(Message request, Message ok, string what)
    {
        var written = journal?.WhenWritten() ?? Task.CompletedTask;
        return written.IsCompletedSuccessfully ? Task.FromResult(ok) : AnswerAsync(written);

        async Task<Message> AnswerAsync(Task pending)
        {
            try
            {
                await pending.ConfigureAwait(false);
                return ok;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                EmulatorLog.OperationFailed(logger, entity, request.ApplicationProperties?["operation"]?.ToString(), "the journal could not be written: " + exception.Message);
                return ManagementResponses.Error(request, 500, $"{what} could not be stored: {exception.Message}", new Symbol(ErrorCode.InternalError));
            }
        }
    }
}
