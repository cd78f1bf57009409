namespace NewsAlerts.Infrastructure.Tests.Scripts;

/// <summary>shellcheck, from Debian's package (CI installs it: <c>apt-get install -y shellcheck</c>).</summary>
public static class ShellcheckCli
{
    /// <summary>Its path on PATH; fails with the install command when it is missing.</summary>
    public static string Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "shellcheck"))
            .FirstOrDefault(File.Exists)
        ?? throw new FileNotFoundException("shellcheck is not installed: run 'apt-get install -y shellcheck' (as root).");
}
