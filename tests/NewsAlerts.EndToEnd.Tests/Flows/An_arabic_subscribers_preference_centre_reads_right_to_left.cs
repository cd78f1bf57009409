namespace NewsAlerts.EndToEnd.Tests.Flows;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.EndToEnd.Tests.Browser;
using NewsAlerts.Testing;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// Issue 16: a subscriber who chose Arabic gets the preference centre in Arabic, right to left, whatever the browser's
/// language (here English), with no English sentence of the catalog left, and its forms answer in Arabic.
/// </summary>
public sealed class An_arabic_subscribers_preference_centre_reads_right_to_left(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Driven at phone width; every state it reaches is also checked at desktop width (FlowRecorder).
    [Fact]
    public async Task In_arabic_whatever_the_browser()
    {
        var width = ScreenWidth.Phone;
        var token = await ArabicSubscriberAsync();
        await using var context = await fixture.NewContextAsync(width);
        var page = await context.NewPageAsync();
        var person = new Person(page, new FlowRecorder("preference-centre-arabic", width));

        Assert.Equal(200, await person.OpenAsync($"manage?token={Uri.EscapeDataString(token)}", "preference-centre-arabic"));
        await person.ExpectHeadingAsync(PageWords.In("ar", "ManageTitle"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        Assert.Empty(PageWords.EnglishLeft(await page.InnerTextAsync("body"), "ar"));

        await person.PressAsync(PageWords.In("ar", "SaveTopicsButton"), PageWords.In("ar", "ManageTitle"), "topics-saved-arabic");
        await Expect(page.GetByText(PageWords.In("ar", "Saved"), new() { Exact = true })).ToBeVisibleAsync();
        Assert.Empty(PageWords.EnglishLeft(await page.InnerTextAsync("body"), "ar"));

        // Right to left for real: the heading's text ends at the main column's right edge, far from its left one.
        var gaps = await page.EvaluateAsync<double[]>(@"() => {
            const h1 = document.querySelector('h1'), range = document.createRange();
            range.selectNodeContents(h1);
            const text = range.getBoundingClientRect(), box = h1.getBoundingClientRect();
            return [box.right - text.right, text.left - box.left];
        }");
        Assert.True(gaps[0] < 2 && gaps[1] > 20, $"the Arabic heading's text is not set from the right (gaps {gaps[0]}, {gaps[1]})");
    }

    // A confirmed subscriber whose language is Arabic (signed up through the API's service); their manage token.
    private async Task<string> ArabicSubscriberAsync()
    {
        var service = fixture.Host.Services.GetRequiredService<SignUpService>();
        var started = await service.SignUpAsync(
            new SubscriberRequest(null, TestPhones.NewValid(), "Asia/Beirut", [("حلب", false)], Subscriber.DefaultSmsMaxUrgency, Language: "ar"), CancellationToken.None);
        var outcome = await service.ConfirmSmsAsync(started.SignUp.Id, started.SmsCode!, CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, outcome.Kind);
        return outcome.ManageToken!;
    }
}
