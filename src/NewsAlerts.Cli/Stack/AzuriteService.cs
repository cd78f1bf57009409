namespace NewsAlerts.Cli.Stack;

using System.Diagnostics;

/// <summary>Azurite (Blob, Queue and Table storage), pinned in infra/local/package.json and installed with <c>npm ci</c>.</summary>
public sealed class AzuriteService(StackOptions.AzuritePorts ports) : IStackService
{
    /// <summary>The well-known development account key Azurite accepts (public, not a secret).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The development account name.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <inheritdoc />
    public string Name => "azurite";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> Ports { get; } = new Dictionary<string, int>
    {
        ["Stack:Azurite:BlobPort"] = ports.BlobPort,
        ["Stack:Azurite:QueuePort"] = ports.QueuePort,
        ["Stack:Azurite:TablePort"] = ports.TablePort,
    };

    /// <summary>The storage connection string for this instance.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{ports.BlobPort}/{AccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{ports.QueuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{ports.TablePort}/{AccountName};";

    /// <inheritdoc />
    public async Task InstallAsync(StackPaths paths, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(log);
        if (!File.Exists(Executable(paths)))
        {
            var step = new InstallStep(Name, $"Azurite {PinnedVersion(paths)}", "npm ci in infra/local", "about a minute, more on a busy machine");
            await ToolCommand.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], paths.LocalStackDirectory,
                "install Azurite (Node.js and npm are required)", step, log, cancellationToken);
        }
    }

    // The version infra/local/package.json pins ("3.x" when it cannot be read: the line is still said).
    private static string PinnedVersion(StackPaths paths)
    {
        try
        {
            using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(paths.LocalStackDirectory, "package.json")));
            return manifest.RootElement.GetProperty("dependencies").GetProperty("azurite").GetString() ?? "3.x";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return "3.x";
        }
    }

    /// <inheritdoc />
    public Process Launch(StackPaths paths, string logPath)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var location = Path.Combine(paths.DataDirectory, "azurite");
        Directory.CreateDirectory(location);
        string[] arguments =
        [
            "--blobHost", "127.0.0.1", "--blobPort", $"{ports.BlobPort}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{ports.QueuePort}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{ports.TablePort}",
            "--location", location, "--skipApiVersionCheck", "--disableProductStyleUrl", "--silent",
        ];
        return ServiceProcess.Start(Executable(paths), arguments, logPath, paths.LocalStackDirectory);
    }

    /// <inheritdoc />
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        foreach (var port in Ports.Values)
        {
            if (!await Stack.Ports.IsListeningAsync(port, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    // The .bin entry is a script with a node shebang: exec'ing it makes node the process with our PID.
    private static string Executable(StackPaths paths) => Path.Combine(paths.LocalStackDirectory, "node_modules", ".bin", "azurite");
}
