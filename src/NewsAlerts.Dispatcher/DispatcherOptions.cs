namespace NewsAlerts.Dispatcher;

/// <summary>How the Dispatcher consumes the alert queues (section <c>Dispatcher</c>).</summary>
public sealed class DispatcherOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Dispatcher";

    /// <summary>Email batches handled at once by one replica.</summary>
    public int EmailConcurrency { get; set; } = 4;

    /// <summary>SMS batches handled at once by one replica.</summary>
    public int SmsConcurrency { get; set; } = 2;

    /// <summary>Deliveries of a batch before it goes to the dead-letter queue with the reasons it could not be finished.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Messages fetched ahead per queue.</summary>
    public int PrefetchCount { get; set; } = 20;
}
