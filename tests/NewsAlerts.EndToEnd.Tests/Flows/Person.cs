namespace NewsAlerts.EndToEnd.Tests.Flows;

using Microsoft.Playwright;
using NewsAlerts.EndToEnd.Tests.Browser;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// One person in a browser tab at one width: goes to pages, presses buttons by their visible names, and records
/// (screenshot and axe check) every state reached.
/// </summary>
public sealed class Person(IPage page, FlowRecorder recorder)
{
    /// <summary>The tab.</summary>
    public IPage Page { get; } = page;

    /// <summary>Opens <paramref name="url"/> and records the state as <paramref name="state"/>; returns the HTTP status.</summary>
    public async Task<int> OpenAsync(string url, string state)
    {
        var response = await FlowTimings.TimeAsync(FlowTimings.Page, () => Page.GotoAsync(url)) ?? throw new InvalidOperationException($"No response for {url}.");
        await recorder.VisitAsync(Page, state);
        return response.Status;
    }

    /// <summary>How long a pressed button's answer may take (a form post that publishes or plans alerts on a busy machine).</summary>
    public static readonly TimeSpan AnswerDeadline = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Presses the button named exactly <paramref name="button"/>, waits (up to <see cref="AnswerDeadline"/>) for the page
    /// titled <paramref name="heading"/>, records it.
    /// </summary>
    public async Task PressAsync(string button, string heading, string state)
    {
        await FlowTimings.TimeAsync(FlowTimings.Page, async () =>
        {
            await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = button, Exact = true }).ClickAsync();
            await Expect(Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 }))
                .ToHaveTextAsync(heading, new LocatorAssertionsToHaveTextOptions { Timeout = (float)AnswerDeadline.TotalMilliseconds });
        });
        await recorder.VisitAsync(Page, state);
    }

    /// <summary>Records the page as it is now (a state reached without a navigation) as <paramref name="state"/>.</summary>
    public Task RecordAsync(string state) => recorder.VisitAsync(Page, state);

    /// <summary>Waits until the page's one h1 reads <paramref name="heading"/>.</summary>
    public Task ExpectHeadingAsync(string heading) =>
        Expect(Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync(heading);

    /// <summary>The field labelled exactly <paramref name="label"/>.</summary>
    public ILocator Field(string label) => Page.GetByLabel(label, new PageGetByLabelOptions { Exact = true });
}
