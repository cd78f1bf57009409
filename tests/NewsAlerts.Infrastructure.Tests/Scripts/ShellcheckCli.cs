namespace NewsAlerts.Infrastructure.Tests.Scripts;

/// <summary>shellcheck, from Debian's package (installed by <see cref="DebianTools"/> when missing).</summary>
public static class ShellcheckCli
{
    /// <summary>Its path on PATH, installing it first when it is missing.</summary>
    public static string Find()
    {
        DebianTools.Ensure();
        return DebianTools.Which("shellcheck") ?? throw new FileNotFoundException("shellcheck is not installed: run 'apt-get install -y shellcheck' (as root).");
    }
}
