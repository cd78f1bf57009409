namespace NewsAlerts.ServiceBusEmulator.Configuration;

/// <summary>
/// Properties of a queue, topic or subscription. Durations use ISO 8601 (<c>PT1M</c>) as in Microsoft's
/// emulator config; <c>hh:mm:ss</c> is accepted too. Unset values take Azure's defaults.
/// </summary>
public sealed record EntityProperties
{
    public string? LockDuration { get; init; }

    public int? MaxDeliveryCount { get; init; }

    public string? DefaultMessageTimeToLive { get; init; }

    public bool? DeadLetteringOnMessageExpiration { get; init; }

    public bool? RequiresDuplicateDetection { get; init; }

    public string? DuplicateDetectionHistoryTimeWindow { get; init; }

    public bool? RequiresSession { get; init; }

    public string? ForwardTo { get; init; }

    public string? ForwardDeadLetteredMessagesTo { get; init; }
}
