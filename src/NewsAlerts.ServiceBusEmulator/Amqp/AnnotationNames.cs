using Amqp.Types;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>The message annotations Service Bus sets on delivered messages (read by every Service Bus client).</summary>
internal static class AnnotationNames
{
    public static readonly Symbol SequenceNumber = new("x-opt-sequence-number");
    public static readonly Symbol EnqueuedTime = new("x-opt-enqueued-time");
    public static readonly Symbol LockedUntil = new("x-opt-locked-until");
    public static readonly Symbol ScheduledEnqueueTime = new("x-opt-scheduled-enqueue-time");
    public static readonly Symbol DeadLetterSource = new("x-opt-deadletter-source");
    public static readonly Symbol EnqueueSequenceNumber = new("x-opt-enqueue-sequence-number");
    public static readonly Symbol MessageState = new("x-opt-message-state");

    /// <summary>Annotations a sender cannot set: the broker writes them on delivery.</summary>
    public static bool IsBrokerOwned(string name) =>
        name is "x-opt-sequence-number" or "x-opt-enqueued-time" or "x-opt-locked-until"
            or "x-opt-deadletter-source" or "x-opt-enqueue-sequence-number" or "x-opt-message-state";
}
