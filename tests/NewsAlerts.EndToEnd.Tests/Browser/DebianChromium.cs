namespace NewsAlerts.EndToEnd.Tests.Browser;

using NewsAlerts.Testing;

/// <summary>
/// Debian's chromium, installed with apt-get when missing (Playwright never downloads a browser here: its bundled
/// builds are not reachable, and the distribution's package is the one that gets security updates).
/// </summary>
public static class DebianChromium
{
    /// <summary>The packages installed when chromium is missing: the browser and a font for readable screenshots.</summary>
    public static readonly IReadOnlyList<string> Packages = ["chromium", "fonts-liberation"];

    /// <summary>
    /// Arguments for a headless run as root in a container: no sandbox (root cannot use it), no GPU, and no
    /// first-run or background traffic (the tests are offline).
    /// </summary>
    public static readonly IReadOnlyList<string> Arguments =
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];

    /// <summary>The browser's path (<c>/usr/bin/chromium</c>), installing it first when it is missing.</summary>
    /// <exception cref="InvalidOperationException">apt-get could not install it.</exception>
    public static Task<string> EnsureAsync(CancellationToken cancellationToken) =>
        DebianPackages.EnsureAsync(Packages, "chromium", cancellationToken);
}
