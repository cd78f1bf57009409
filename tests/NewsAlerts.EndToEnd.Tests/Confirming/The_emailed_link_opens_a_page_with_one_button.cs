namespace NewsAlerts.EndToEnd.Tests.Confirming;

using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using NewsAlerts.EndToEnd.Tests.Browser;

/// <summary>
/// The confirmation email's link opens a page whose only control is one button (a link scanner that follows the
/// link confirms nothing); pressing it confirms the address.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class The_emailed_link_opens_a_page_with_one_button(BrowserFixture fixture)
{
    [Theory]
    [MemberData(nameof(ScreenWidth.Both), MemberType = typeof(ScreenWidth))]
    public async Task Opening_the_link_changes_nothing_and_the_button_confirms(string widthName)
    {
        var width = ScreenWidth.Named(widthName);
        var email = $"button-{Guid.NewGuid():N}@example.com";
        using var signUp = await fixture.Host.Client.PostAsJsonAsync(
            new Uri("api/subscribers", UriKind.Relative), new { email, timeZone = "Europe/London", topics = new[] { "Syria" } });
        Assert.Equal(HttpStatusCode.Accepted, signUp.StatusCode);
        var link = await Mailbox.LinkAsync(fixture.Stack, email, "confirm");
        await using var context = await fixture.NewContextAsync(width);
        var page = await context.NewPageAsync();
        var recorder = new FlowRecorder("confirm-email", width);

        var opened = await page.GotoAsync(link.ToString());
        await recorder.VisitAsync(page, "confirm-button");

        Assert.Equal(200, opened!.Status);
        Assert.Equal(1, await page.Locator("button, input[type=submit], a[href]").CountAsync());
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(200, answer.Status);
        Assert.Contains("Confirmed", await answer.TextAsync(), StringComparison.Ordinal);
    }
}
