namespace NewsAlerts.Infrastructure.Tests.Scripts;

using System.Diagnostics;

/// <summary>
/// Installs the Debian tools the infrastructure checks use (shellcheck, docker-registry, zip, and
/// debootstrap and jq for the offline container image) when they are missing,
/// so the README's test command works on a fresh machine of this kind (root, Debian's package registry reachable).
/// </summary>
public static class DebianTools
{
    private static readonly string[] Needed = ["shellcheck", "docker-registry", "zip", "debootstrap", "jq"];
    private static readonly Lazy<string?> Installed = new(InstallMissing, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Makes sure every tool is on PATH; throws with apt-get's output when it cannot install them.</summary>
    public static void Ensure()
    {
        if (Installed.Value is { } failure)
        {
            throw new InvalidOperationException(failure);
        }
    }

    /// <summary>The tool's full path, or null.</summary>
    public static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);

    private static string? InstallMissing()
    {
        var missing = Needed.Where(t => Which(t) is null).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var (code, output) = Run("apt-get", ["update", "-qq"]);
        if (code == 0)
        {
            (code, output) = Run("apt-get", ["install", "-y", "-qq", .. missing]);
        }

        return code == 0 && Needed.All(t => Which(t) is not null)
            ? null
            : $"Could not install {string.Join(", ", missing)} with apt-get (run as root: apt-get install -y {string.Join(' ', missing)}):\n{output}";
    }

    private static (int Code, string Output) Run(string file, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result + error);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
