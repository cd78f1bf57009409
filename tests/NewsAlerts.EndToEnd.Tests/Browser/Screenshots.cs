namespace NewsAlerts.EndToEnd.Tests.Browser;

using Microsoft.Playwright;
using NewsAlerts.Testing;

/// <summary>
/// Full-page screenshots of every state a flow visits, at each width, in <c>artifacts/screenshots/</c> at the
/// repository root (git-ignored), named <c>{flow}/{state}-{width}.png</c>; each run overwrites the last.
/// </summary>
public static class Screenshots
{
    /// <summary>The folder the screenshots are saved in.</summary>
    public static string Folder => Path.Combine(RepositoryRoot.Find(), "artifacts", "screenshots");

    /// <summary>Saves the page as it is now; returns the file's path.</summary>
    public static async Task<string> SaveAsync(IPage page, string flow, string state, ScreenWidth width)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(width);
        var path = Path.Combine(Folder, flow, $"{state}-{width.Name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
