namespace NewsAlerts.Cli.Stack;

/// <summary>
/// The services of the local stack, as flags for <see cref="StackOptions.Services"/> (configuration
/// <c>--Stack:Services="Azurite, ServiceBus"</c>): a benchmark that only stores and queues starts Azurite and the
/// emulator, not smtp4dev, the SMS sink and the feed server.
/// </summary>
[Flags]
public enum StackServices
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Azurite (Blob, Queue, Table).</summary>
    Azurite = 1,

    /// <summary>The Service Bus emulator.</summary>
    ServiceBus = 2,

    /// <summary>smtp4dev.</summary>
    Smtp4dev = 4,

    /// <summary>The Twilio-compatible SMS sink.</summary>
    SmsSink = 8,

    /// <summary>The local feed server and WebSub hub.</summary>
    FeedServer = 16,

    /// <summary>Every service (the default).</summary>
    All = Azurite | ServiceBus | Smtp4dev | SmsSink | FeedServer,
}
