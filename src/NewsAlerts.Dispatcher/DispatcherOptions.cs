namespace NewsAlerts.Dispatcher;

using System.ComponentModel.DataAnnotations;

/// <summary>How the Dispatcher consumes the alert queues (section <c>Dispatcher</c>).</summary>
public sealed class DispatcherOptions : NewsAlerts.Core.Delivery.IChannelConcurrency
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Dispatcher";

    /// <summary>Email batches handled at once by one replica.</summary>
    [Range(1, 64)]
    public int EmailConcurrency { get; set; } = 4;

    /// <summary>SMS batches handled at once by one replica.</summary>
    [Range(1, 64)]
    public int SmsConcurrency { get; set; } = 2;

    /// <summary>Deliveries of a batch before it goes to the dead-letter queue with the reasons it could not be finished.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// Seconds a claim keeps an alert in its worker's hands (<see cref="NewsAlerts.Core.Dispatch.ClaimLease"/>): another
    /// worker given the same batch (after a lost lock) waits for it that long before taking the alert over as crashed.
    /// </summary>
    [Range(1, 3600)]
    public int ClaimLeaseSeconds { get; set; } = (int)NewsAlerts.Core.Dispatch.ClaimLease.Default.Duration.TotalSeconds;

    /// <summary>
    /// Seconds added to the claim lease for clock differences between replicas (<see cref="NewsAlerts.Core.Dispatch.ClaimLease.ClockSkewMargin"/>):
    /// a claim stays held for the full lease as long as two replicas' clocks differ by less than this.
    /// </summary>
    [Range(0, 600)]
    public int ClaimClockSkewSeconds { get; set; } = (int)NewsAlerts.Core.Dispatch.ClaimLease.DefaultClockSkewMargin.TotalSeconds;

    /// <summary>
    /// Messages fetched ahead per queue (0: a message is received only when a processing slot is free). The client
    /// renews the locks of messages being processed only; a prefetched batch waits in the buffer with its lock running,
    /// and batches of 250 SMS at a provider's pace outlast a 1-minute lock there, come back to the queue while their
    /// stale copy is still buffered, and cost a slot twice. A batch takes seconds, a receive milliseconds: keep it 0.
    /// </summary>
    [Range(0, 1000)]
    public int PrefetchCount { get; set; }
}
