using Amqp;
using Amqp.Types;
using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Amqp;
using NewsAlerts.ServiceBusEmulator.Entities;
using NewsAlerts.ServiceBusEmulator.Faults;
using NewsAlerts.ServiceBusEmulator.Logging;
using NewsAlerts.ServiceBusEmulator.Persistence;

namespace NewsAlerts.ServiceBusEmulator.Management;

/// <summary>
/// An entity's <c>$management</c> node: peek, schedule, cancel, renew-lock, receive-deferred and settlement
/// by lock token (for deferred messages and messages whose receive link is gone).
/// </summary>
internal sealed partial class ManagementNode(string entity, IMessageSink? sink, MessageQueue? source, FaultInjection faults, JournalWriter? journal, ILogger logger) : IRequestNode
{
    public string Address { get; } = entity + "/$management";

    /// <summary>Settlement by lock token waits out <see cref="FaultInjection.SettlementDelay"/>, like settlement on a receive link.</summary>
    public TimeSpan DelayFor(Message request) =>
        request?.ApplicationProperties?["operation"]?.ToString() == "com.microsoft:update-disposition" ? faults.SettlementDelay : TimeSpan.Zero;

    /// <summary>
    /// Reads and state changes happen now, on the connection's thread; the writes' responses complete once the journal
    /// holds them (see <see cref="WhenStored"/>), without holding that thread.
    /// </summary>
    /// <exception cref="ArgumentException">The request lacks a field its operation needs.</exception>
    public Task<Message> HandleAsync(Message request, ClientConnection connection)
    {
        var operation = request.ApplicationProperties?["operation"]?.ToString();
        var body = RequestValues.Body(request);
        return operation switch
        {
            "com.microsoft:peek-message" when source is not null => Task.FromResult(Peek(request, body, source)),
            "com.microsoft:renew-lock" when source is not null => Task.FromResult(RenewLock(request, body, source)),
            "com.microsoft:receive-by-sequence-number" when source is not null => Task.FromResult(ReceiveDeferred(request, body, source)),
            "com.microsoft:update-disposition" when source is not null => UpdateDisposition(request, body, source),
            "com.microsoft:schedule-message" when sink is not null => Schedule(request, body, sink),
            "com.microsoft:cancel-scheduled-message" when sink is not null => Cancel(request, body, sink),
            "com.microsoft:enumerate-rules" => Task.FromResult(ManagementResponses.Ok(request, new Map { ["rules"] = new List() })),
            _ => Task.FromResult(Unsupported(request, operation)),
        };
    }

    private Message Unsupported(Message request, string? operation)
    {
        EmulatorLog.OperationFailed(logger, entity, operation, "operation not supported by the emulator on this entity");
        return ManagementResponses.Error(request, 501, $"The operation '{operation}' is not supported on '{entity}'.", new Symbol(ErrorCode.NotImplemented));
    }

    private static Message Peek(Message request, Map body, MessageQueue queue)
    {
        var from = RequestValues.Long(body, "from-sequence-number", 1);
        var count = (int)RequestValues.Long(body, "message-count", 1);
        var found = queue.Peek(from, count);
        if (found.Count == 0)
        {
            return ManagementResponses.Ok(request, null, 204);
        }

        var messages = new List();
        foreach (var message in found)
        {
            var encoded = DeliveryEncoder.EncodeToArray(new DeliverySnapshot(message, Guid.Empty, default, message.DeliveryCount, Settled: true));
            messages.Add(new Map { ["message"] = encoded });
        }

        return ManagementResponses.Ok(request, new Map { ["messages"] = messages });
    }

    private Message RenewLock(Message request, Map body, MessageQueue queue)
    {
        var tokens = RequestValues.Guids(body, "lock-tokens");
        var expirations = new DateTime[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var renewed = faults.FailLockRenewal ? null : queue.RenewLock(tokens[i]);
            if (renewed is null)
            {
                return LockLost(request);
            }

            expirations[i] = renewed.Value.UtcDateTime;
        }

        return ManagementResponses.Ok(request, new Map { ["expirations"] = expirations });
    }

    private static Message ReceiveDeferred(Message request, Map body, MessageQueue queue)
    {
        var sequenceNumbers = RequestValues.Longs(body, "sequence-numbers");
        var receiveAndDelete = RequestValues.Long(body, "receiver-settle-mode", 1) == 0;
        var deliveries = queue.ReceiveDeferred(sequenceNumbers, receiveAndDelete);
        if (deliveries is null)
        {
            return ManagementResponses.Error(request, 404, "Failed to lock one or more specified messages. Either the message is not deferred or it no longer exists.", AmqpErrors.MessageNotFound);
        }

        var messages = new List();
        foreach (var delivery in deliveries)
        {
            var entry = new Map { ["message"] = DeliveryEncoder.EncodeToArray(delivery) };
            if (!delivery.Settled)
            {
                entry["lock-token"] = delivery.LockToken;
            }

            messages.Add(entry);
        }

        return ManagementResponses.Ok(request, new Map { ["messages"] = messages });
    }

    private static Message LockLost(Message request) =>
        ManagementResponses.Error(request, 410, AmqpErrors.LockLost().Description, AmqpErrors.MessageLockLost);
}
