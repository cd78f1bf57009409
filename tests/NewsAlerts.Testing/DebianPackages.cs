namespace NewsAlerts.Testing;

using System.Diagnostics;

/// <summary>
/// Installs Debian packages a test needs (chromium for the browser tests) with apt-get when their command is missing,
/// as the infrastructure tests do for shellcheck and zip, so the README's test command works on a fresh machine of
/// this kind (root, Debian's package registry reachable). Installs run one at a time in a process.
/// </summary>
public static class DebianPackages
{
    private static readonly SemaphoreSlim AptLock = new(1, 1);

    /// <summary>The command's full path on PATH, or null.</summary>
    public static string? Which(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, command))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// The full path of <paramref name="command"/>, installing Debian's <paramref name="packages"/> first (without
    /// their recommendations: name what is wanted) when the command is not on PATH.
    /// </summary>
    /// <exception cref="InvalidOperationException">apt-get could not install it (the message holds apt-get's output).</exception>
    public static async Task<string> EnsureAsync(IReadOnlyList<string> packages, string command, CancellationToken cancellationToken)
    {
        if (Which(command) is { } found)
        {
            return found;
        }

        await AptLock.WaitAsync(cancellationToken);
        try
        {
            if (Which(command) is { } installedMeanwhile)
            {
                return installedMeanwhile;
            }

            var (code, output) = await RunAsync("apt-get", ["update", "-qq"], cancellationToken);
            if (code == 0)
            {
                (code, output) = await RunAsync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", .. packages], cancellationToken);
            }

            return code == 0 && Which(command) is { } installed
                ? installed
                : throw new InvalidOperationException(
                    $"Could not install {string.Join(", ", packages)} with apt-get (run as root: apt-get install -y {string.Join(' ', packages)}):\n{output}");
        }
        finally
        {
            AptLock.Release();
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken)
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
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return (process.ExitCode, await output + await error);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
