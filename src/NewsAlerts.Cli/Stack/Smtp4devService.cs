namespace NewsAlerts.Cli.Stack;

using System.Diagnostics;
using System.Runtime.InteropServices;

/// <summary>smtp4dev (SMTP with a web inbox), pinned in infra/local/dotnet-tools.json and installed with <c>dotnet tool restore</c>.</summary>
public sealed class Smtp4devService(StackOptions.Smtp4devPorts ports) : IStackService
{
    private const string Version = "3.15.0";

    /// <inheritdoc />
    public string Name => "smtp4dev";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> Ports { get; } = new Dictionary<string, int>
    {
        ["Stack:Smtp4dev:SmtpPort"] = ports.SmtpPort,
        ["Stack:Smtp4dev:WebPort"] = ports.WebPort,
        ["Stack:Smtp4dev:ImapPort"] = ports.ImapPort,
        ["Stack:Smtp4dev:Pop3Port"] = ports.Pop3Port,
    };

    /// <summary>The web inbox and HTTP API (<c>/api/messages</c>).</summary>
    public Uri WebUri => new($"http://127.0.0.1:{ports.WebPort}/");

    /// <inheritdoc />
    public async Task InstallAsync(StackPaths paths, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(log);
        if (FindExecutable() is null)
        {
            var step = new InstallStep(Name, $"smtp4dev {Version}", "dotnet tool restore in infra/local", "under a minute");
            await ToolCommand.RunAsync("dotnet", ["tool", "restore"], paths.LocalStackDirectory, "install smtp4dev", step, log, cancellationToken);
        }
    }

    /// <inheritdoc />
    public Process Launch(StackPaths paths, string logPath)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var (file, prefix) = FindExecutable()
            ?? throw new StackConfigurationException($"smtp4dev {Version} is not installed; 'dotnet tool restore' in {paths.LocalStackDirectory} should install it.");
        Directory.CreateDirectory(paths.DataDirectory);
        string[] arguments =
        [
            .. prefix,
            $"--urls=http://127.0.0.1:{ports.WebPort}",
            $"--smtpport={ports.SmtpPort}", $"--imapport={ports.ImapPort}", $"--pop3port={ports.Pop3Port}",
            "--bindaddress=127.0.0.1", $"--db={Path.Combine(paths.DataDirectory, "smtp4dev.db")}",
            // The default keeps 100 messages; a test run or a demo must still find its own among everything else.
            "--messagestokeep=100000", "--sessionstokeep=1000",
        ];
        return ServiceProcess.Start(file, arguments, logPath, paths.DataDirectory);
    }

    /// <inheritdoc />
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        return await Stack.Ports.IsListeningAsync(ports.SmtpPort, cancellationToken)
            && await HttpProbe.AnswersAsync(new Uri(WebUri, "api/messages"), cancellationToken);
    }

    // The tool ships a native launcher per runtime identifier; the portable package runs through 'dotnet'.
    private static (string File, string[] Prefix)? FindExecutable()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var rid = RuntimeInformation.RuntimeIdentifier;
        var native = Path.Combine(packages, $"rnwood.smtp4dev.{rid}", Version, "tools", "net10.0", rid, "Rnwood.Smtp4dev");
        if (File.Exists(native))
        {
            return (native, []);
        }

        var portable = Path.Combine(packages, "rnwood.smtp4dev.any", Version, "tools", "net10.0", "any", "Rnwood.Smtp4dev.dll");
        return File.Exists(portable) ? ("dotnet", [portable]) : null;
    }
}
