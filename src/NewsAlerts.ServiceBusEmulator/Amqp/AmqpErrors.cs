using Amqp;
using Amqp.Framing;
using Amqp.Types;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>The error conditions Service Bus uses; clients map each to a failure reason.</summary>
internal static class AmqpErrors
{
    public static readonly Symbol MessageLockLost = new("com.microsoft:message-lock-lost");
    public static readonly Symbol MessageNotFound = new("com.microsoft:message-not-found");
    public static readonly Symbol DeadLetter = new("com.microsoft:dead-letter");
    public static readonly Symbol ArgumentError = new("com.microsoft:argument-error");

    public static Error NotFound(string entity) => new(ErrorCode.NotFound)
    {
        Description = $"The messaging entity '{entity}' could not be found. To know more visit https://aka.ms/sbResourceMgrExceptions.",
    };

    public static Error Unauthorized(string description) => new(ErrorCode.UnauthorizedAccess) { Description = description };

    public static Error LockLost() => new(MessageLockLost)
    {
        Description = "The lock supplied is invalid. Either the lock expired, or the message has already been removed from the queue.",
    };

    public static Error MessageSizeExceeded(int size, int limit) => new(ErrorCode.MessageSizeExceeded)
    {
        Description = $"The received message (size {size} bytes) exceeds the limit ({limit} bytes) currently allowed on the link.",
    };

    /// <summary>The journal could not be written (data directory): the sender is told the message was not stored.</summary>
    public static Error NotStored(string? reason) => new(ErrorCode.InternalError)
    {
        Description = $"The message could not be stored: {reason ?? "the journal could not be written"}.",
    };

    public static Error NotAllowed(string description) => new(ErrorCode.NotAllowed) { Description = description };
}
