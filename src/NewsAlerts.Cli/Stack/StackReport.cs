namespace NewsAlerts.Cli.Stack;

/// <summary>Prints where each part of a running stack can be reached.</summary>
public static class StackReport
{
    /// <summary>Writes one line per endpoint.</summary>
    public static async Task WriteAsync(TextWriter writer, RunningStack stack)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(stack);
        var tables = stack.StorageConnectionString.Split(';').First(p => p.StartsWith("TableEndpoint=", StringComparison.Ordinal))["TableEndpoint=".Length..];
        var blobs = stack.StorageConnectionString.Split(';').First(p => p.StartsWith("BlobEndpoint=", StringComparison.Ordinal))["BlobEndpoint=".Length..];
        await writer.WriteLineAsync($"  Azurite tables   {tables}");
        await writer.WriteLineAsync($"  Azurite blobs    {blobs}");
        await writer.WriteLineAsync($"  Service Bus      {stack.ServiceBusConnectionString}");
        await writer.WriteLineAsync($"  SMTP (smtp4dev)  127.0.0.1:{stack.SmtpPort}");
        await writer.WriteLineAsync($"  Email inbox      {stack.SmtpInbox}");
        await writer.WriteLineAsync($"  SMS sink         {stack.SmsSink}sink/messages");
        await writer.WriteLineAsync($"  Feed server      {stack.FeedServer} (WebSub hub {stack.FeedServer}_hub)");
        await writer.WriteLineAsync($"  Data and logs    {stack.Paths.DataDirectory}");
    }
}
