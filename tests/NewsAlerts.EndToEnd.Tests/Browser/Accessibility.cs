namespace NewsAlerts.EndToEnd.Tests.Browser;

using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

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
    /// <remarks>
    /// axe-core is injected into the document once (the second width, or a state reached without a navigation, finds it
    /// there) and one <c>axe.run(document)</c> checks the whole page, page-level rules included. The library's own
    /// <c>RunAxe</c> instead injects axe-core (about 0.5 MB of script) into every frame on every call, runs it in parts
    /// and finishes in a fresh blank page, opening a page for every check; that isolation guards against a page's own
    /// scripts and cross-origin frames, and our pages' only frame is the editor's email preview, which runs no script.
    /// Only violations are gathered (axe's <c>resultTypes</c>; passes would be serialised and sent back for nothing);
    /// every rule still runs. Measured on this project's flows, axe was three quarters of the browser tests' time.
    /// </remarks>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string where)
    {
        ArgumentNullException.ThrowIfNull(page);
        // axe runs inside each frame by script; a frame sandboxed without script (the editor's email preview) never
        // answers, so on such a page the frames themselves are checked (title) but not entered.
        var scriptless = await page.Locator("iframe[sandbox]:not([sandbox*='allow-scripts'])").CountAsync();
        AxeResult result;
        try
        {
            result = await RunAsync(page, iframes: scriptless == 0).WaitAsync(Deadline);
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

    private static readonly Lazy<string> AxeScript = new(() => new BundledAxeScriptProvider().GetScript());

    // axe-core (the copy bundled with Deque.AxeCore) in the page and, when frames are checked, in each frame, unless there already.
    private static async Task<AxeResult> RunAsync(IPage page, bool iframes)
    {
        foreach (var frame in iframes ? page.Frames : [page.MainFrame])
        {
            if (!await frame.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            {
                await frame.EvaluateAsync($"() => {{ {AxeScript.Value} }}");
            }
        }

        // As JSON text: axe's results share arrays (rule tags), which Playwright's own transfer marks as references
        // ($id, $values) that AxeResult cannot read.
        var json = await page.EvaluateAsync<string>(
            "options => axe.run(document, options).then(r => JSON.stringify(r))", new { iframes, resultTypes = new[] { "violations" } });
        return new AxeResult(JObject.Parse(json));
    }
}
