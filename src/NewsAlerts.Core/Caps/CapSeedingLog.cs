namespace NewsAlerts.Core.Caps;

using Microsoft.Extensions.Logging;

/// <summary>
/// What a failed <see cref="CapSeeding"/> leaves behind for operators: the preferences were saved, but the day's history
/// or counter could not be read or written, so the cap counts from the change on (the person is told so). No subscriber
/// id, address or number: the channels and the kind of failure only.
/// </summary>
public static partial class CapSeedingLog
{
    /// <summary>Seeding the caps of <paramref name="channels"/> after a saved change failed with <paramref name="failure"/> (an exception's type name).</summary>
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "Daily cap seeding failed ({Failure}) for channels {Channels}: the preferences are saved and the cap counts from now on, not from the alerts sent earlier today")]
    public static partial void SeedingFailed(ILogger logger, string failure, string channels);
}
