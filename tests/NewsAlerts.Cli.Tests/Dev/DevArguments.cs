namespace NewsAlerts.Cli.Tests.Dev;

using NewsAlerts.Cli.Stack;

/// <summary>The arguments that point <c>dev</c> at a running stack (its data folder; ports 0 take the running services').</summary>
public static class DevArguments
{
    /// <summary><c>--LocalHost:Port=0</c>, the stack's data folder and every stack port 0 (reuse what runs there).</summary>
    public static IEnumerable<string> OnStack(RunningStack stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        return OnStack(stack.Paths.DataDirectory);
    }

    /// <summary>As <see cref="OnStack(RunningStack)"/>, for the stack of <paramref name="dataDirectory"/>, running or not (ports 0: free ones).</summary>
    public static IEnumerable<string> OnStack(string dataDirectory) =>
    [
        "--LocalHost:Port=0", $"--Stack:DataDirectory={dataDirectory}",
        "--Stack:Azurite:BlobPort=0", "--Stack:Azurite:QueuePort=0", "--Stack:Azurite:TablePort=0",
        "--Stack:Smtp4dev:SmtpPort=0", "--Stack:Smtp4dev:WebPort=0", "--Stack:Smtp4dev:ImapPort=0", "--Stack:Smtp4dev:Pop3Port=0",
        "--Stack:ServiceBus:Port=0", "--Stack:SmsSink:Port=0", "--Stack:FeedServer:Port=0",
    ];
}
