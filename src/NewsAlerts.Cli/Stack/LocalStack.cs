namespace NewsAlerts.Cli.Stack;

/// <summary>
/// Starts the local stand-ins for Azure on 127.0.0.1 (installing pinned versions when missing), reusing what is
/// already up, and stops them by PID.
/// </summary>
public static class LocalStack
{
    private const int MaxAutomaticPortAttempts = 5;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Starts every service of <see cref="StackOptions.Services"/> that does not already run; idempotent.</summary>
    /// <exception cref="StackConfigurationException">A port is taken, a tool is missing, a service does not come up, or another start holds the stack or install lock past its deadline.</exception>
    public static async Task<RunningStack> StartAsync(StackOptions options, StackPaths paths, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(log);
        using var stackLock = await StackLock.AcquireAsync(paths.DataDirectory, TimeSpan.FromMinutes(5), log, cancellationToken);
        var records = StackState.Load(paths.DataDirectory).Where(ServiceProcess.IsAlive).ToDictionary(r => r.Name);
        var start = new StartRun(paths, log, records, AutomaticSettings(options), cancellationToken);
        try
        {
            return await StartServicesAsync(options, start);
        }
        catch
        {
            // A start that fails part way (a port taken, a service that would not start, cancelled) stops what this call
            // started before it throws: the caller never got their PIDs, so nobody else would (a benchmark once left
            // Azurite running this way). Services it found running and reused are left as they were.
            // Records of live processes another run started stay whatever went wrong here (trial s42: a failed start
            // emptied stack.json under a running dev).
            var started = start.Started.ToList();
            var wasRunning = await Task.WhenAll(started.Select(s => ServiceProcess.StopAsync(s, TimeSpan.FromSeconds(10), CancellationToken.None)));
            StackState.Forget(paths.DataDirectory, started);
            // A line each, as a stop after the run (trial s45 #14: Ctrl+C while the stack started stopped them silently).
            foreach (var (service, i) in started.Select((s, i) => (s, i)))
            {
                await log.WriteLineAsync(new ServiceStop(service, wasRunning[i]).Line());
            }

            throw;
        }
    }

    private static async Task<RunningStack> StartServicesAsync(StackOptions options, StartRun start)
    {
        var (paths, records) = (start.Paths, start.Records);
        var wanted = options.Services;
        var azurite = await EnsureAsync(
            wanted, StackServices.Azurite, () => new AzuriteService(ResolveAzurite(options.Azurite, records.GetValueOrDefault("azurite"))), () => new AzuriteService(options.Azurite), start);
        var smtp4dev = await EnsureAsync(
            wanted, StackServices.Smtp4dev, () => new Smtp4devService(ResolveSmtp4dev(options.Smtp4dev, records.GetValueOrDefault("smtp4dev"))), () => new Smtp4devService(options.Smtp4dev), start);
        var serviceBus = await EnsureAsync(
            wanted, StackServices.ServiceBus, () => new ServiceBusEmulatorService(Pick(options.ServiceBus.Port, records.GetValueOrDefault("servicebus"), "Stack:ServiceBus:Port")),
            () => new ServiceBusEmulatorService(options.ServiceBus.Port), start);
        var smsSink = await EnsureAsync(
            wanted, StackServices.SmsSink, () => new SmsSinkService(Pick(options.SmsSink.Port, records.GetValueOrDefault("smssink"), "Stack:SmsSink:Port")),
            () => new SmsSinkService(options.SmsSink.Port), start);
        var feedServer = await EnsureAsync(
            wanted, StackServices.FeedServer, () => new FeedServerService(Pick(options.FeedServer.Port, records.GetValueOrDefault("feedserver"), "Stack:FeedServer:Port")),
            () => new FeedServerService(options.FeedServer.Port), start);
        return new RunningStack(paths, azurite.ConnectionString, serviceBus.ConnectionString, smtp4dev.Ports["Stack:Smtp4dev:SmtpPort"], smtp4dev.WebUri, smsSink.BaseUri,
            records.Values.ToList(), start.Started)
        {
            FeedServer = feedServer.BaseUri,
        };
    }

    /// <summary>
    /// The stack a default <see cref="StackOptions"/> describes, not started and not looked at: its
    /// <see cref="RunningStack.AppSettings"/> stand in for the real ones where the host's other settings are checked
    /// before anything starts (<c>dev</c> sets those settings itself).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    public static RunningStack Unstarted(StackPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var options = new StackOptions();
        var smtp4dev = new Smtp4devService(options.Smtp4dev);
        return new RunningStack(
            paths, new AzuriteService(options.Azurite).ConnectionString, new ServiceBusEmulatorService(options.ServiceBus.Port).ConnectionString,
            smtp4dev.Ports["Stack:Smtp4dev:SmtpPort"], smtp4dev.WebUri, new SmsSinkService(options.SmsSink.Port).BaseUri, [], [])
        {
            FeedServer = new FeedServerService(options.FeedServer.Port).BaseUri,
        };
    }

    /// <summary>Stops the given service processes by PID and forgets them; each one's stop, in the order given (<see cref="ServiceStop"/>).</summary>
    public static async Task<IReadOnlyList<ServiceStop>> StopAsync(StackPaths paths, IEnumerable<ServiceRecord> services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(services);
        using var stackLock = await StackLock.AcquireAsync(paths.DataDirectory, TimeSpan.FromMinutes(1), TextWriter.Null, cancellationToken);
        var stopping = services.ToList();
        var wasRunning = await Task.WhenAll(stopping.Select(s => ServiceProcess.StopAsync(s, TimeSpan.FromSeconds(10), cancellationToken)));
        StackState.Forget(paths.DataDirectory, stopping);
        return [.. stopping.Select((s, i) => new ServiceStop(s, wasRunning[i]))];
    }

    /// <summary>Stops every service recorded in the data folder.</summary>
    public static Task<IReadOnlyList<ServiceStop>> StopAllAsync(StackPaths paths, CancellationToken cancellationToken) =>
        StopAsync(paths, StackState.Load(paths.DataDirectory), cancellationToken);

    // A service left out is neither started nor looked at: its configured ports are named, nothing listens there.
    private static async Task<T> EnsureAsync<T>(StackServices wanted, StackServices service, Func<T> create, Func<T> leftOut, StartRun start)
        where T : IStackService =>
        wanted.HasFlag(service) ? await EnsureAsync(create, start) : leftOut();

    // Reuses the recorded instance when it answers on the same ports; otherwise installs and launches one. A port
    // picked automatically (configured 0) that another process takes before the service binds it is picked again.
    private static async Task<T> EnsureAsync<T>(Func<T> create, StartRun start)
        where T : IStackService
    {
        var service = create();
        if (start.Records.TryGetValue(service.Name, out var existing))
        {
            if (SamePorts(existing, service) && await AnswersWithinAsync(service, RecordedAnswerDeadline, start.CancellationToken))
            {
                await start.Log.WriteLineAsync(StackWatch.ReusedLine(existing));
                return service;
            }

            // Another live run uses it (and stops it when it ends): never stopped from here (session 43).
            if (ServiceOwnership.HeldByAnotherRun(existing, Environment.ProcessId, ProcessIsAlive))
            {
                var answers = existing.Ports.Count > 0 && await AllListeningAsync(existing.Ports.Values, start.CancellationToken);
                throw new StackConfigurationException(ServiceOwnership.HeldLine(existing, service.Ports, answers));
            }

            await ServiceProcess.StopAsync(existing, TimeSpan.FromSeconds(10), start.CancellationToken);
            start.Records.Remove(service.Name);
            service = create();
        }

        // Stacks with different data folders (parallel test assemblies) share infra/local: one installer at a time.
        using (await StackLock.AcquireAsync(Path.Combine(start.Paths.LocalStackDirectory, ".data"), TimeSpan.FromMinutes(10), start.Log, start.CancellationToken, "install.lock"))
        {
            await service.InstallAsync(start.Paths, start.Log, start.CancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            var taken = TakenPort(service);
            Launch? launch = null;
            if (taken is null)
            {
                launch = await LaunchAsync(service, start);
                if (launch.Record is { } record)
                {
                    start.Records[service.Name] = record;
                    start.Started.Add(record);
                    return service;
                }

                taken = TakenPort(service);
            }

            // Another process may take an automatic port between the check and the bind, and may let it go again
            // before we look: a service with automatic ports that exits at start is launched again on new ports.
            var retry = attempt < MaxAutomaticPortAttempts
                && (taken is { } held ? start.Automatic.Contains(held.Key) : launch is { Exited: true } && service.Ports.Keys.Any(start.Automatic.Contains));
            if (!retry)
            {
                throw taken is { } port
                    ? new StackConfigurationException(
                        $"Port {port.Value} ({port.Key}) is already in use by another process. Set '{port.Key}' " +
                        $"(environment variable NEWSALERTS_{port.Key.Replace(":", "__", StringComparison.Ordinal)}) to a free port.")
                    : new StackConfigurationException($"{service.Name} did not start; its log ({launch!.LogPath}) ends with:\n{Tail(launch.LogPath)}");
            }

            await start.Log.WriteLineAsync($"{service.Name}: did not get its ports (another process took one meanwhile); picking others");
            service = create();
        }
    }

    // The service counts as started only while its own process runs: another process answering on a port it
    // meant to bind must not pass for it.
    private static async Task<Launch> LaunchAsync(IStackService service, StartRun start)
    {
        var logPath = Path.Combine(start.Paths.DataDirectory, $"{service.Name}.log");
        using var process = service.Launch(start.Paths, logPath);
        var record = ServiceProcess.Record(service.Name, process, service.Ports);
        StackState.Save(start.Paths.DataDirectory, start.Records.Values.Append(record));
        var deadline = DateTime.UtcNow + ReadyTimeout;
        try
        {
            while (process.HasExited || !await service.IsReadyAsync(start.CancellationToken) || process.HasExited)
            {
                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    var exited = process.HasExited;
                    await ServiceProcess.StopAsync(record, TimeSpan.FromSeconds(5), start.CancellationToken);
                    StackState.Save(start.Paths.DataDirectory, start.Records.Values);
                    return new Launch(null, exited, logPath);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100), start.CancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Cancelled while it came up: not yet among the started ones the caller stops, so stopped here.
            await ServiceProcess.StopAsync(record, TimeSpan.FromSeconds(5), CancellationToken.None);
            StackState.Save(start.Paths.DataDirectory, start.Records.Values);
            throw;
        }

        record = ServiceProcess.WithProgram(record);
        StackState.Save(start.Paths.DataDirectory, start.Records.Values.Append(record));
        await start.Log.WriteLineAsync($"{service.Name}: started (PID {record.Pid}) on {string.Join(", ", service.Ports.Values)}");
        return new Launch(record, Exited: false, logPath);
    }

    // How long a recorded, live service on this start's ports may take to answer before it counts as not answering: its
    // probe allows 2 s a try, and on a loaded two-core machine (CI, load average 60) one try timed out, so a second run
    // stopped the first run's live SMS sink and started its own. A service that answers is reused at its first answer.
    private static readonly TimeSpan RecordedAnswerDeadline = TimeSpan.FromSeconds(30);

    private static async Task<bool> AnswersWithinAsync(IStackService service, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var until = DateTimeOffset.UtcNow + deadline;
        while (true)
        {
            if (await service.IsReadyAsync(cancellationToken))
            {
                return true;
            }

            if (DateTimeOffset.UtcNow >= until)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private static async Task<bool> AllListeningAsync(IEnumerable<int> ports, CancellationToken cancellationToken)
    {
        foreach (var port in ports)
        {
            if (!await Ports.IsListeningAsync(port, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ProcessIsAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static KeyValuePair<string, int>? TakenPort(IStackService service)
    {
        foreach (var port in service.Ports)
        {
            if (!Ports.IsFree(port.Value))
            {
                return port;
            }
        }

        return null;
    }

    private static HashSet<string> AutomaticSettings(StackOptions options)
    {
        var configured = new Dictionary<string, int>
        {
            ["Stack:Azurite:BlobPort"] = options.Azurite.BlobPort,
            ["Stack:Azurite:QueuePort"] = options.Azurite.QueuePort,
            ["Stack:Azurite:TablePort"] = options.Azurite.TablePort,
            ["Stack:Smtp4dev:SmtpPort"] = options.Smtp4dev.SmtpPort,
            ["Stack:Smtp4dev:WebPort"] = options.Smtp4dev.WebPort,
            ["Stack:Smtp4dev:ImapPort"] = options.Smtp4dev.ImapPort,
            ["Stack:Smtp4dev:Pop3Port"] = options.Smtp4dev.Pop3Port,
            ["Stack:ServiceBus:Port"] = options.ServiceBus.Port,
            ["Stack:SmsSink:Port"] = options.SmsSink.Port,
            ["Stack:FeedServer:Port"] = options.FeedServer.Port,
        };
        return configured.Where(p => p.Value == 0).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static bool SamePorts(ServiceRecord record, IStackService service) =>
        service.Ports.All(p => record.Ports.TryGetValue(p.Key, out var port) && port == p.Value);

    private static int Pick(int configured, ServiceRecord? running, string setting) =>
        configured != 0 ? configured
        : running is not null && running.Ports.TryGetValue(setting, out var port) ? port
        : Ports.FindFree();

    private static StackOptions.AzuritePorts ResolveAzurite(StackOptions.AzuritePorts ports, ServiceRecord? running) => new()
    {
        BlobPort = Pick(ports.BlobPort, running, "Stack:Azurite:BlobPort"),
        QueuePort = Pick(ports.QueuePort, running, "Stack:Azurite:QueuePort"),
        TablePort = Pick(ports.TablePort, running, "Stack:Azurite:TablePort"),
    };

    private static StackOptions.Smtp4devPorts ResolveSmtp4dev(StackOptions.Smtp4devPorts ports, ServiceRecord? running) => new()
    {
        SmtpPort = Pick(ports.SmtpPort, running, "Stack:Smtp4dev:SmtpPort"),
        WebPort = Pick(ports.WebPort, running, "Stack:Smtp4dev:WebPort"),
        ImapPort = Pick(ports.ImapPort, running, "Stack:Smtp4dev:ImapPort"),
        Pop3Port = Pick(ports.Pop3Port, running, "Stack:Smtp4dev:Pop3Port"),
    };

    private static string Tail(string path)
    {
        if (!File.Exists(path))
        {
            return "(no log)";
        }

        var lines = File.ReadAllLines(path);
        return string.Join('\n', lines.TakeLast(15));
    }

    private sealed record Launch(ServiceRecord? Record, bool Exited, string LogPath);

    private sealed record StartRun(
        StackPaths Paths, TextWriter Log, Dictionary<string, ServiceRecord> Records, HashSet<string> Automatic, CancellationToken CancellationToken)
    {
        public List<ServiceRecord> Started { get; } = [];
    }
}
