namespace NewsAlerts.Cli.Stack;

/// <summary>The local stack as it runs: where to reach each part, and which processes this call started.</summary>
/// <param name="Paths">The repository and data folders.</param>
/// <param name="StorageConnectionString">Azurite's connection string (Tables, Blobs, Queues).</param>
/// <param name="ServiceBusConnectionString">The Service Bus emulator's connection string.</param>
/// <param name="SmtpPort">smtp4dev's SMTP port.</param>
/// <param name="SmtpInbox">smtp4dev's web inbox and HTTP API.</param>
/// <param name="SmsSink">The SMS sink (Twilio API stand-in; <c>GET sink/messages</c> lists what it received).</param>
/// <param name="Services">Every service process of the stack.</param>
/// <param name="Started">The processes this start started (the rest were already running and were reused).</param>
public sealed record RunningStack(
    StackPaths Paths,
    string StorageConnectionString,
    string ServiceBusConnectionString,
    int SmtpPort,
    Uri SmtpInbox,
    Uri SmsSink,
    IReadOnlyList<ServiceRecord> Services,
    IReadOnlyList<ServiceRecord> Started)
{
    /// <summary>The local feed server and WebSub hub (<see cref="FeedServerService"/>): feeds at their path, <c>PUT _control/feeds/{path}</c> publishes.</summary>
    public Uri FeedServer { get; init; } = new("http://127.0.0.1:5095/");

    /// <summary>The settings the Function App needs to use this stack.</summary>
    public IReadOnlyDictionary<string, string?> AppSettings => new Dictionary<string, string?>
    {
        ["Storage:ConnectionString"] = StorageConnectionString,
        ["AzureWebJobsStorage"] = StorageConnectionString,
        ["ServiceBus:ConnectionString"] = ServiceBusConnectionString,
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = $"{SmtpPort}",
        ["Smtp:FromAddress"] = "alerts@newsalerts.local",
        // Named in the answer to an SMS HELP.
        ["Alerts:ContactAddress"] = "help@newsalerts.local",
        ["Twilio:AccountSid"] = SmsSinkService.AccountSid,
        ["Twilio:AuthToken"] = SmsSinkService.AuthToken,
        ["Twilio:FromNumber"] = SmsSinkService.FromNumber,
        ["Twilio:ApiBaseUrl"] = SmsSink.ToString(),
        // The sink has no carrier limits; Azure uses the sender's real rate (Twilio: 1/s per long code).
        ["Twilio:MessagesPerSecond"] = "100",
    };
}
