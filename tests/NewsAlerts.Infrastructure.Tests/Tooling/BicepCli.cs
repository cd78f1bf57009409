namespace NewsAlerts.Infrastructure.Tests.Tooling;

using System.Text.Json.Nodes;

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (brought in by this project's
/// PackageDownload), found in the NuGet packages folder: NUGET_PACKAGES, or ~/.nuget/packages.
/// </summary>
public static class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";
    private const string Version = "0.49.2";

    /// <summary>The path of the runnable <c>tools/bicep</c>.</summary>
    public static string Path { get; } = Locate();

    /// <summary><c>bicep lint</c> on one file.</summary>
    public static Task<ProcessResult> LintAsync(string file) => RunAsync("lint", file);

    /// <summary><c>bicep build</c> (a template) or <c>bicep build-params</c> (a .bicepparam) to standard output.</summary>
    public static Task<ProcessResult> BuildAsync(string file) =>
        file.EndsWith(".bicepparam", StringComparison.Ordinal) ? RunAsync("build-params", file, "--stdout") : RunAsync("build", file, "--stdout");

    /// <summary>Compiles a template to ARM JSON; throws with Bicep's messages when it does not compile.</summary>
    public static async Task<CompiledTemplate> CompileAsync(string file)
    {
        var result = await BuildAsync(file);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build {file} failed:\n{result.AllOutput}");
        }

        return new CompiledTemplate(JsonNode.Parse(result.StandardOutput)!.AsObject());
    }

    /// <summary>
    /// One Bicep process for many files (<c>bicep lint|build --pattern glob</c>, run in <paramref name="folder"/>):
    /// each start of the CLI costs about a second, so batches keep the suite fast. Build writes each <c>.json</c> beside its source.
    /// </summary>
    public static Task<ProcessResult> RunPatternAsync(string command, string folder, string pattern) =>
        ProcessRunner.RunAsync(Path, [command, "--pattern", pattern], folder, TelemetryOff);

    private static readonly Dictionary<string, string?> TelemetryOff = new()
    {
        // No telemetry and no registry look-ups: everything here is offline.
        ["BICEP_TELEMETRY_ENABLED"] = "false",
    };

    private static Task<ProcessResult> RunAsync(params string[] arguments) =>
        ProcessRunner.RunAsync(Path, arguments, environment: TelemetryOff);

    private static string Locate()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrWhiteSpace(packages))
        {
            packages = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        var bicep = System.IO.Path.Combine(packages, PackageId, Version, "tools", "bicep");
        if (!File.Exists(bicep))
        {
            throw new FileNotFoundException(
                $"The Bicep CLI is not at {bicep}. Restore tests/NewsAlerts.Infrastructure.Tests (its PackageDownload brings {PackageId} {Version}).");
        }

        // NuGet extracts it with the owner's execute bit only; make sure whoever runs the tests can run it.
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(bicep) & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(bicep, File.GetUnixFileMode(bicep) | UnixFileMode.UserExecute);
        }
        return bicep;
    }
}
