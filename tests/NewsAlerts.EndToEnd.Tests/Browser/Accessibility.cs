namespace NewsAlerts.EndToEnd.Tests.Browser;

using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

/// <summary>axe-core on the page as it is now: no serious or critical violation is allowed.</summary>
public static class Accessibility
{
    private static readonly HashSet<string> Blocking = new(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

    /// <summary>
    /// Runs axe (WCAG 2.x A and AA rules and best practices) and fails with each serious or critical violation's
    /// rule id, help text and the offending nodes (selector and HTML).
    /// </summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string where)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
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
