namespace NewsAlerts.Testing;

using NewsAlerts.Cli.Stack;

/// <summary>
/// One private local stack per test process, on free ports with its own data folder, started on first use and
/// stopped with the process however it ends, killed included (<see cref="OwnerWatchdog"/>). Test classes share it and isolate themselves by unique resource names,
/// so they can run in parallel.
/// </summary>
public static class SharedStack
{
    private static readonly Lazy<Task<RunningStack>> Stack = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The running stack (started on first call).</summary>
    public static Task<RunningStack> GetAsync() => Stack.Value;

    /// <summary>Options for a private stack: every port 0 (free), data in a fresh temporary folder.</summary>
    public static StackOptions PrivateOptions() => new()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "newsalerts-tests", $"{Environment.ProcessId}-{Guid.NewGuid():N}"),
        Azurite = new StackOptions.AzuritePorts { BlobPort = 0, QueuePort = 0, TablePort = 0 },
        Smtp4dev = new StackOptions.Smtp4devPorts { SmtpPort = 0, WebPort = 0, ImapPort = 0, Pop3Port = 0 },
        ServiceBus = new StackOptions.ServiceBusPorts { Port = 0 },
        SmsSink = new StackOptions.SmsSinkPorts { Port = 0 },
        FeedServer = new StackOptions.FeedServerPorts { Port = 0 },
    };

    private static async Task<RunningStack> StartAsync()
    {
        var options = PrivateOptions();
        var paths = StackPaths.Locate(AppContext.BaseDirectory, options.DataDirectory);
        // The test host may be ended without running exit handlers (a CI timeout's kill, Ctrl+C), even while the stack
        // is still starting: each service is watched from the moment it is started and stops after the host.
        ServiceProcess.StopServicesWithThisProcess();
        // Its log goes to stderr so that a wait for another start's install lock is said at once, not silently.
        return await LocalStack.StartAsync(options, paths, Console.Error, CancellationToken.None);
    }
}
