namespace NewsAlerts.EndToEnd.Tests.Browser;

using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

/// <summary>axe-core on the page as it is now: no serious or critical violation is allowed.</summary>
public static class Accessibility
{
    private static readonly HashSet<string> Blocking = new(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

    /// <summary>How long one axe run may take before the check fails (a frame axe cannot reach can make it wait for ever).</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Runs axe (WCAG 2.x A and AA rules and best practices; inside frames unless the page has a frame sandboxed without script) and fails with each serious or critical violation's
    /// rule id, help text and the offending nodes (selector and HTML); fails naming the page when axe has not answered
    /// within <see cref="Deadline"/>.
    /// </summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string where)
    {
        ArgumentNullException.ThrowIfNull(page);
        // axe runs inside each frame by script; a frame sandboxed without script (the editor's email preview) never
        // answers, so on such a page the frames themselves are checked (title) but not entered.
        var scriptless = await page.Locator("iframe[sandbox]:not([sandbox*='allow-scripts'])").CountAsync();
        AxeResult result;
        try
        {
            result = await page.RunAxe(new AxeRunOptions { Iframes = scriptless == 0 }).WaitAsync(Deadline);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"axe did not finish on {where} ({page.Url}) within {Deadline.TotalSeconds} s (a frame it cannot enter?).");
            throw;
        }

        var blocking = result.Violations.Where(v => v.Impact is { } impact && Blocking.Contains(impact)).ToList();
        if (blocking.Count > 0)
        {
            Assert.Fail(Describe(where, page.Url, blocking));
        }
    }

    /// <summary>The violations as readable lines: rule id, impact, help, then each node.</summary>
    public static string Describe(string where, string url, IEnumerable<AxeResultItem> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var text = new StringBuilder($"axe found serious or critical violations on {where} ({url}):");
        foreach (var violation in violations)
        {
            text.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes)
            {
                text.Append($"\n    {node.Target}: {node.Html}");
            }
        }

        return text.ToString();
    }
}
