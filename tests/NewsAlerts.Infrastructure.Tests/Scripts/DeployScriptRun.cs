namespace NewsAlerts.Infrastructure.Tests.Scripts;

using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>
/// Runs an infra script with stand-ins for az, dotnet, zip and curl first on PATH: each stand-in records that it was
/// called, so a test can prove a dry run runs none of them.
/// </summary>
public sealed class DeployScriptRun : IDisposable
{
    private static readonly string[] StandIns = ["az", "dotnet", "zip", "curl"];
    private readonly string _bin;

    /// <summary>Lays out the stand-ins in a fresh folder.</summary>
    public DeployScriptRun()
    {
        _bin = Directory.CreateTempSubdirectory("newsalerts-fake-bin-").FullName;
        CallLog = Path.Combine(_bin, "calls.log");
        foreach (var tool in StandIns)
        {
            var path = Path.Combine(_bin, tool);
            File.WriteAllText(path, $"#!/usr/bin/env bash\necho \"{tool} $*\" >> '{CallLog}'\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    /// <summary>Where the stand-ins record their calls; absent while none was called.</summary>
    public string CallLog { get; }

    /// <summary>Runs <c>bash infra/&lt;script&gt; args</c> with the stand-ins and the given environment.</summary>
    public Task<ProcessResult> RunAsync(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = new Dictionary<string, string?>(environment ?? new Dictionary<string, string?>())
        {
            ["PATH"] = $"{_bin}{Path.PathSeparator}{Environment.GetEnvironmentVariable("PATH")}",
        };
        return ProcessRunner.RunAsync("bash", [Path.Combine(Repository.Infra, script), .. arguments], Repository.Root, variables, TimeSpan.FromSeconds(30));
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_bin, recursive: true);
}
