using System.Globalization;
using System.Xml;

namespace NewsAlerts.ServiceBusEmulator.Configuration;

/// <summary>The effective settings of one message entity, with Azure's defaults filled in.</summary>
internal sealed record EntitySettings(
    TimeSpan LockDuration,
    int MaxDeliveryCount,
    TimeSpan DefaultMessageTimeToLive,
    bool DeadLetteringOnMessageExpiration,
    bool RequiresDuplicateDetection,
    TimeSpan DuplicateDetectionHistoryTimeWindow)
{
    /// <summary>Settings of a dead-letter queue: messages there never expire nor move on.</summary>
    public EntitySettings ForDeadLetterQueue() => this with
    {
        MaxDeliveryCount = int.MaxValue,
        DefaultMessageTimeToLive = TimeSpan.MaxValue,
        DeadLetteringOnMessageExpiration = false,
        RequiresDuplicateDetection = false,
    };

    public static EntitySettings From(EntityProperties? properties, string entity)
    {
        var lockDuration = Duration(properties?.LockDuration, TimeSpan.FromMinutes(1), entity, nameof(EntityProperties.LockDuration));
        if (lockDuration <= TimeSpan.Zero || lockDuration > TimeSpan.FromMinutes(5))
        {
            throw new InvalidDataException($"{entity}: LockDuration must be between 0 and 5 minutes.");
        }

        var maxDeliveryCount = properties?.MaxDeliveryCount ?? 10;
        if (maxDeliveryCount < 1)
        {
            throw new InvalidDataException($"{entity}: MaxDeliveryCount must be at least 1.");
        }

        return new EntitySettings(
            lockDuration,
            maxDeliveryCount,
            Duration(properties?.DefaultMessageTimeToLive, TimeSpan.MaxValue, entity, nameof(EntityProperties.DefaultMessageTimeToLive)),
            properties?.DeadLetteringOnMessageExpiration ?? false,
            properties?.RequiresDuplicateDetection ?? false,
            Duration(properties?.DuplicateDetectionHistoryTimeWindow, TimeSpan.FromMinutes(10), entity, nameof(EntityProperties.DuplicateDetectionHistoryTimeWindow)));
    }

    private static TimeSpan Duration(string? text, TimeSpan fallback, string entity, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        try
        {
            return text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal)
                ? XmlConvert.ToTimeSpan(text)
                : TimeSpan.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            throw new InvalidDataException($"{entity}: {field} '{text}' is not a duration (use ISO 8601 such as PT1M).", exception);
        }
    }
}
