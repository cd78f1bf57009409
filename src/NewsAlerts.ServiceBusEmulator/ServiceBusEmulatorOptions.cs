using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Configuration;

namespace NewsAlerts.ServiceBusEmulator;

/// <summary>How to start an emulator. The defaults match Microsoft's emulator, so its connection strings work unchanged.</summary>
public sealed class ServiceBusEmulatorOptions
{
    /// <summary>The TCP port on 127.0.0.1; 0 picks a free one (read it back from <see cref="RunningServiceBusEmulator.Port"/>).</summary>
    public int Port { get; init; }

    /// <summary>The entities; when null, <see cref="ConfigPath"/> is read; when both are null there are no entities.</summary>
    public EmulatorConfig? Config { get; init; }

    /// <summary>A JSON file in the shape of Microsoft's emulator config (<c>UserConfig.Namespaces[]...</c>).</summary>
    public string? ConfigPath { get; init; }

    public string SharedAccessKeyName { get; init; } = "RootManageSharedAccessKey";

    public string SharedAccessKey { get; init; } = "SAS_KEY_VALUE";

    /// <summary>The largest message or batch accepted, in bytes (Azure's Standard tier: 256 KiB).</summary>
    public int MaxMessageSizeBytes { get; init; } = 256 * 1024;

    /// <summary>
    /// Where the emulator keeps its messages across restarts (one journal per queue or subscription, fsync'd before a
    /// sender is answered), as Service Bus keeps them; null (the default) keeps them in memory only, lost when it stops.
    /// </summary>
    public string? DataDirectory { get; init; }

    /// <summary>The file layer under the journals (tests wrap the real one to fail writes on purpose); null is the real file system.</summary>
    internal Persistence.IJournalFiles? JournalFiles { get; init; }

    public ILoggerFactory? LoggerFactory { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
