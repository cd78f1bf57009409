namespace NewsAlerts.EndToEnd.Tests.Browser;

using Microsoft.Playwright;

/// <summary>
/// What a flow does at each state it reaches: a screenshot, then the axe check, at the flow's width. States are
/// named in order (<c>01-signup</c>, <c>02-check-email</c>, ...) so the screenshot folder reads like the flow.
/// </summary>
/// <remarks>
/// With <paramref name="checkAccessibility"/> false (a context with JavaScript off, where axe cannot run in the page)
/// only the screenshot is taken; such flows visit pages that a scripted flow checks.
/// </remarks>
public sealed class FlowRecorder(string flow, ScreenWidth width, bool checkAccessibility = true)
{
    private int count;

    /// <summary>The states visited so far, in order.</summary>
    public List<string> States { get; } = [];

    /// <summary>Records the page's current state; fails on a serious or critical accessibility violation.</summary>
    public async Task VisitAsync(IPage page, string state)
    {
        ArgumentNullException.ThrowIfNull(page);
        var name = $"{++count:00}-{state}";
        States.Add(name);
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Screenshots.SaveAsync(page, flow, name, width);
        if (checkAccessibility)
        {
            await Accessibility.AssertNoSeriousViolationsAsync(page, $"{flow} / {name} at {width.Name} width");
        }
    }
}
