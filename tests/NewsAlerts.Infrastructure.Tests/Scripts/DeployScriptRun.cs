namespace NewsAlerts.Infrastructure.Tests.Scripts;

using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>
/// Runs an infra script with the stand-ins of Scripts/FakeAzure (az, dotnet, zip, curl) first on PATH. They record
/// every call and keep just enough state (a resource group, secrets, images, the package tag) in one folder, so a test
/// can prove a dry run calls nothing and a second deployment changes nothing.
/// </summary>
public sealed class DeployScriptRun : IDisposable
{
    private static readonly string[] StandIns = ["az", "dotnet", "zip", "curl"];
    private readonly string _bin;
    private readonly string _state;

    /// <summary>Lays out the stand-ins and an empty fake Azure.</summary>
    public DeployScriptRun()
    {
        _bin = Directory.CreateTempSubdirectory("newsalerts-fake-bin-").FullName;
        _state = Directory.CreateTempSubdirectory("newsalerts-fake-azure-").FullName;
        foreach (var tool in StandIns)
        {
            var path = Path.Combine(_bin, tool);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Scripts", "FakeAzure", tool), path);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    /// <summary>Where the stand-ins record their calls; absent while none was called.</summary>
    public string CallLog => Path.Combine(_state, "calls.log");

    /// <summary>The calls recorded so far, one per line.</summary>
    public IReadOnlyList<string> Calls() => File.Exists(CallLog) ? File.ReadAllLines(CallLog) : [];

    /// <summary>The value the fake Azure holds for a Key Vault secret; null when none was stored.</summary>
    public string? StoredSecret(string name)
    {
        var path = Path.Combine(_state, "secret-" + name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>Removes a Key Vault secret from the fake Azure, as in an environment deployed before the secret existed.</summary>
    public void ForgetSecret(string name) => File.Delete(Path.Combine(_state, "secret-" + name));

    /// <summary>Runs <c>bash infra/&lt;script&gt; args</c> with the stand-ins and the given environment.</summary>
    public Task<ProcessResult> RunAsync(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = new Dictionary<string, string?>(environment ?? new Dictionary<string, string?>())
        {
            ["PATH"] = $"{_bin}{Path.PathSeparator}{Environment.GetEnvironmentVariable("PATH")}",
            ["FAKE_AZURE_STATE"] = _state,
        };
        return ProcessRunner.RunAsync("bash", [Path.Combine(Repository.Infra, script), .. arguments], Repository.Root, variables);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Directory.Delete(_bin, recursive: true);
        Directory.Delete(_state, recursive: true);
    }
}
