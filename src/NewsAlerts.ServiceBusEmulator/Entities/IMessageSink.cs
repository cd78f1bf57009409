namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>An entity senders can address: a queue or a topic.</summary>
internal interface IMessageSink
{
    string Path { get; }

    /// <summary>Enqueues messages (a batch is atomic: all or none are rejected before this call).</summary>
    void Send(IReadOnlyList<IncomingMessage> messages);

    /// <summary>Schedules messages for their ScheduledEnqueueTime and returns their sequence numbers.</summary>
    long[] Schedule(IReadOnlyList<IncomingMessage> messages);

    void CancelScheduled(IReadOnlyList<long> sequenceNumbers);
}
