namespace NewsAlerts.Cli.Stack;

using System.Diagnostics;

/// <summary>
/// The project's Twilio-compatible SMS sink (src/NewsAlerts.SmsSink), run as its own process from the build output;
/// the real Twilio SDK talks to it when <c>Twilio:ApiBaseUrl</c> points here.
/// </summary>
public sealed class SmsSinkService(int port) : IStackService
{
    /// <summary>The account SID the sink accepts (a local stand-in value, not a real account).</summary>
    public const string AccountSid = "AC00000000000000000000000000000000";

    /// <summary>The auth token the sink accepts (a local stand-in value, not a secret).</summary>
    public const string AuthToken = "local-sink-auth-token";

    /// <summary>The sender number the sink answers from.</summary>
    public const string FromNumber = "+15005550006";

    /// <summary>A number the sink answers as invalid (Twilio error 21211), for trying permanent failures locally.</summary>
    public const string InvalidNumber = "+447400123001";

    /// <summary>A number the sink answers as unsubscribed (Twilio error 21610), as after a STOP at the carrier.</summary>
    public const string OptedOutNumber = "+447400123002";

    /// <inheritdoc />
    public string Name => "smssink";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> Ports { get; } = new Dictionary<string, int> { ["Stack:SmsSink:Port"] = port };

    /// <summary>The sink's base address (Twilio API and <c>/sink/messages</c>).</summary>
    public Uri BaseUri => new($"http://127.0.0.1:{port}/");

    /// <inheritdoc />
    public Task InstallAsync(StackPaths paths, TextWriter log, CancellationToken cancellationToken) => LocalBuild.RequireAsync(Assembly, "The SMS sink");

    /// <inheritdoc />
    public Process Launch(StackPaths paths, string logPath)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string[] arguments = [Assembly, $"--urls=http://127.0.0.1:{port}", $"--account-sid={AccountSid}", $"--auth-token={AuthToken}", $"--number={FromNumber}",
            $"--invalid-numbers={InvalidNumber}", $"--opted-out-numbers={OptedOutNumber}"];
        return ServiceProcess.Start("dotnet", arguments, logPath, paths.LocalStackDirectory);
    }

    /// <inheritdoc />
    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => HttpProbe.AnswersAsync(new Uri(BaseUri, "sink/messages"), cancellationToken);

    private static string Assembly => LocalBuild.AssemblyPath("NewsAlerts.SmsSink.dll");
}
