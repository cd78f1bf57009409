using Microsoft.Extensions.Logging;

namespace NewsAlerts.ServiceBusEmulator.Logging;

/// <summary>The emulator's log lines: one per connection event and one per entity problem. Never logs keys or tokens.</summary>
internal static partial class EmulatorLog
{
    [LoggerMessage(1, LogLevel.Information, "Service Bus emulator listening on {Endpoint} with {QueueCount} queues and {TopicCount} topics")]
    public static partial void Started(ILogger logger, string endpoint, int queueCount, int topicCount);

    [LoggerMessage(2, LogLevel.Information, "Connection {ConnectionId} opened from container {RemoteContainer}")]
    public static partial void ConnectionOpened(ILogger logger, int connectionId, string? remoteContainer);

    [LoggerMessage(3, LogLevel.Information, "Connection {ConnectionId} closed {Reason}")]
    public static partial void ConnectionClosed(ILogger logger, int connectionId, string? reason);

    [LoggerMessage(4, LogLevel.Warning, "Entity '{Entity}' not found (link '{LinkName}')")]
    public static partial void EntityNotFound(ILogger logger, string entity, string linkName);

    [LoggerMessage(5, LogLevel.Warning, "Unauthorized access to '{Entity}': {Reason}")]
    public static partial void Unauthorized(ILogger logger, string entity, string reason);

    [LoggerMessage(6, LogLevel.Debug, "Lock {LockToken} on '{Entity}' is lost or expired")]
    public static partial void LockLost(ILogger logger, string entity, Guid lockToken);

    [LoggerMessage(7, LogLevel.Warning, "Message of {Size} bytes refused by '{Entity}': the limit is {Limit} bytes")]
    public static partial void MessageTooLarge(ILogger logger, string entity, int size, int limit);

    [LoggerMessage(8, LogLevel.Warning, "Operation '{Operation}' on '{Entity}' failed: {Reason}")]
    public static partial void OperationFailed(ILogger logger, string entity, string? operation, string reason);

    [LoggerMessage(9, LogLevel.Warning, "Fault injection: dropping {Count} connections")]
    public static partial void DroppingConnections(ILogger logger, int count);

    [LoggerMessage(10, LogLevel.Error, "Unexpected error on '{Entity}'")]
    public static partial void UnexpectedError(ILogger logger, string entity, Exception exception);

    [LoggerMessage(11, LogLevel.Error, "The message journal could not be written; senders waiting for it are refused, and its records are tried again")]
    public static partial void JournalFailed(ILogger logger, Exception exception);

    [LoggerMessage(12, LogLevel.Information, "Restored {Count} messages of '{Entity}' from its journal ({DeadLettered} dead-lettered)")]
    public static partial void Restored(ILogger logger, string entity, int count, int deadLettered);

    [LoggerMessage(13, LogLevel.Warning, "The journal '{File}' ends in {DroppedBytes} bytes that are not a whole record (a write cut short); it is read up to its last whole record, at byte {WholeBytes}")]
    public static partial void JournalTailDropped(ILogger logger, string file, long droppedBytes, long wholeBytes);
}
