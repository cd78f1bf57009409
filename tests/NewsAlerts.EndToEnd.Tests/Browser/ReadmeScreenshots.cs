namespace NewsAlerts.EndToEnd.Tests.Browser;

using Microsoft.Playwright;
using NewsAlerts.Testing;

/// <summary>
/// The README's screenshots (sign-up, preference centre, the editor's reach preview), committed in this project's <c>Screenshots/</c> folder.
/// A run rewrites them only when <c>NEWSALERTS_UPDATE_SCREENSHOTS=1</c>; otherwise the committed ones are left alone.
/// </summary>
public static class ReadmeScreenshots
{
    /// <summary>The sign-up page's file name.</summary>
    public const string SignUp = "signup.png";

    /// <summary>The preference centre's file name.</summary>
    public const string PreferenceCentre = "preference-centre.png";

    /// <summary>The editor console's reach preview (desktop width).</summary>
    public const string EditorReachPreview = "editor-reach-preview.png";

    /// <summary>The committed folder.</summary>
    public static string Folder => Path.Combine(RepositoryRoot.Find(), "tests", "NewsAlerts.EndToEnd.Tests", "Screenshots");

    /// <summary>Whether this run rewrites them.</summary>
    public static bool Update => Environment.GetEnvironmentVariable("NEWSALERTS_UPDATE_SCREENSHOTS") == "1";

    /// <summary>Saves the page's viewport as <paramref name="name"/> when <see cref="Update"/> is set; returns whether it did.</summary>
    public static async Task<bool> SaveIfAskedAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!Update)
        {
            return false;
        }

        // The viewport, not the full page: what a reader sees first, and a file well under 200 KB.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name), FullPage = false });
        return true;
    }
}
