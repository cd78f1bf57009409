namespace NewsAlerts.Cli.Stack;

/// <summary>
/// Starts the local stand-ins for Azure on 127.0.0.1 (installing pinned versions when missing), reusing what is
/// already up, and stops them by PID.
/// </summary>
public static class LocalStack
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Starts every service that does not already run; idempotent.</summary>
    /// <exception cref="StackConfigurationException">A port is taken, a tool is missing or a service does not come up.</exception>
    public static async Task<RunningStack> StartAsync(StackOptions options, StackPaths paths, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(log);
        using var stackLock = await StackLock.AcquireAsync(paths.DataDirectory, TimeSpan.FromMinutes(5), cancellationToken);
        var records = StackState.Load(paths.DataDirectory).Where(ServiceProcess.IsAlive).ToDictionary(r => r.Name);
        var azurite = new AzuriteService(ResolveAzurite(options.Azurite, records.GetValueOrDefault("azurite")));
        var smtp4dev = new Smtp4devService(ResolveSmtp4dev(options.Smtp4dev, records.GetValueOrDefault("smtp4dev")));
        var serviceBus = new ServiceBusEmulatorService(Pick(options.ServiceBus.Port, records.GetValueOrDefault("servicebus"), "Stack:ServiceBus:Port"));
        var smsSink = new SmsSinkService(Pick(options.SmsSink.Port, records.GetValueOrDefault("smssink"), "Stack:SmsSink:Port"));
        var started = new List<ServiceRecord>();
        foreach (IStackService service in new IStackService[] { azurite, smtp4dev, serviceBus, smsSink })
        {
            if (records.TryGetValue(service.Name, out var existing))
            {
                if (SamePorts(existing, service) && await service.IsReadyAsync(cancellationToken))
                {
                    await log.WriteLineAsync($"{service.Name}: already running (PID {existing.Pid}), reused");
                    continue;
                }

                await ServiceProcess.StopAsync(existing, TimeSpan.FromSeconds(10), cancellationToken);
                records.Remove(service.Name);
            }

            var record = await LaunchAsync(service, paths, log, records, cancellationToken);
            records[service.Name] = record;
            started.Add(record);
        }

        return new RunningStack(paths, azurite.ConnectionString, serviceBus.ConnectionString, smtp4dev.Ports["Stack:Smtp4dev:SmtpPort"], smtp4dev.WebUri, smsSink.BaseUri, records.Values.ToList(), started);
    }

    /// <summary>Stops the given service processes by PID and forgets them.</summary>
    public static async Task StopAsync(StackPaths paths, IEnumerable<ServiceRecord> services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(services);
        using var stackLock = await StackLock.AcquireAsync(paths.DataDirectory, TimeSpan.FromMinutes(1), cancellationToken);
        var stopping = services.ToList();
        await Task.WhenAll(stopping.Select(s => ServiceProcess.StopAsync(s, TimeSpan.FromSeconds(10), cancellationToken)));
        var remaining = StackState.Load(paths.DataDirectory).Where(r => stopping.All(s => s.Pid != r.Pid) && ServiceProcess.IsAlive(r));
        StackState.Save(paths.DataDirectory, remaining);
    }

    /// <summary>Stops every service recorded in the data folder.</summary>
    public static Task StopAllAsync(StackPaths paths, CancellationToken cancellationToken) =>
        StopAsync(paths, StackState.Load(paths.DataDirectory), cancellationToken);

    private static async Task<ServiceRecord> LaunchAsync(
        IStackService service, StackPaths paths, TextWriter log, Dictionary<string, ServiceRecord> records, CancellationToken cancellationToken)
    {
        foreach (var (setting, port) in service.Ports)
        {
            if (!Ports.IsFree(port))
            {
                throw new StackConfigurationException(
                    $"Port {port} ({setting}) is already in use by another process. Set '{setting}' " +
                    $"(environment variable NEWSALERTS_{setting.Replace(":", "__", StringComparison.Ordinal)}) to a free port.");
            }
        }

        // Stacks with different data folders (parallel test assemblies) share infra/local: one installer at a time.
        using (await StackLock.AcquireAsync(Path.Combine(paths.LocalStackDirectory, ".data"), TimeSpan.FromMinutes(10), cancellationToken, "install.lock"))
        {
            await service.InstallAsync(paths, cancellationToken);
        }

        var logPath = Path.Combine(paths.DataDirectory, $"{service.Name}.log");
        using var process = service.Launch(paths, logPath);
        var record = new ServiceRecord(service.Name, process.Id, process.StartTime.ToUniversalTime(), service.Ports);
        StackState.Save(paths.DataDirectory, records.Values.Append(record));
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (!await service.IsReadyAsync(cancellationToken))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await ServiceProcess.StopAsync(record, TimeSpan.FromSeconds(5), cancellationToken);
                StackState.Save(paths.DataDirectory, records.Values);
                throw new StackConfigurationException($"{service.Name} did not start; its log ({logPath}) ends with:\n{Tail(logPath)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        await log.WriteLineAsync($"{service.Name}: started (PID {record.Pid}) on {string.Join(", ", service.Ports.Values)}");
        return record;
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
}
