namespace NewsAlerts.EndToEnd.Tests.Flows;

using Microsoft.Playwright;
using NewsAlerts.EndToEnd.Tests.Browser;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// The sign-up page preselects the browser's time zone (timezone.js). Chromium names a zone by ICU's id, which is often
/// the older IANA name (Kolkata is <c>Asia/Calcutta</c>, Kyiv <c>Europe/Kiev</c>, Ho Chi Minh City <c>Asia/Saigon</c>),
/// while the list holds each zone once by its canonical id: the script looks the other names up
/// (<c>/assets/zonealiases.json</c>), so a person there finds their own zone chosen, not UTC.
/// </summary>
public sealed class A_person_whose_browser_names_an_older_zone_finds_it_chosen(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("Asia/Kolkata")]
    [InlineData("Europe/Kyiv")]
    [InlineData("Asia/Ho_Chi_Minh")]
    [InlineData("America/Argentina/Buenos_Aires")]
    [InlineData("Europe/London")]
    public async Task The_zone_the_browser_is_in_is_the_one_chosen(string zone)
    {
        await using var context = await fixture.NewContextAsync(ScreenWidth.Desktop, timeZone: zone);
        var page = await context.NewPageAsync();
        var said = await page.EvaluateAsync<string>("() => Intl.DateTimeFormat().resolvedOptions().timeZone");
        Assert.Equal(200, (await page.GotoAsync("signup"))?.Status);

        await Expect(page.Locator("select#field-timeZone[data-zone-detection=done]")).ToHaveValueAsync(zone);
        Assert.False(string.IsNullOrEmpty(said));
    }

    [Fact]
    public async Task A_zone_the_person_chose_before_the_aliases_arrive_is_kept()
    {
        await using var context = await fixture.NewContextAsync(ScreenWidth.Desktop, timeZone: "Asia/Kolkata");
        var page = await context.NewPageAsync();
        // The look-up is held until the person has chosen, so the order is the test's, not the machine's.
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var chosen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/assets/zonealiases.json", async route =>
        {
            asked.TrySetResult();
            await chosen.Task;
            await route.ContinueAsync();
        });
        Assert.NotEqual("Asia/Kolkata", await page.EvaluateAsync<string>("() => Intl.DateTimeFormat().resolvedOptions().timeZone"));
        Assert.Equal(200, (await page.GotoAsync("signup", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded }))?.Status);
        await asked.Task.WaitAsync(TimeSpan.FromSeconds(90));
        var select = page.Locator("select#field-timeZone");
        await select.SelectOptionAsync("Europe/Paris");
        chosen.SetResult();

        await Expect(page.Locator("select#field-timeZone[data-zone-detection=done]")).ToHaveValueAsync("Europe/Paris");
    }
}
