namespace NewsAlerts.EndToEnd.Tests.Flows;

using Microsoft.Playwright;
using NewsAlerts.EndToEnd.Tests.Browser;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// Issue 16: the sign-up page in the visitor's language, chosen with the language switcher (plain links) or from the
/// browser's <c>Accept-Language</c>; the page's lang and dir, the language field pre-selected, the answer to the form
/// in the same language, and no English sentence left on the way.
/// </summary>
public sealed class A_french_speaker_signs_up_in_french(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Driven at phone width; every state it reaches is also checked at desktop width (FlowRecorder).
    [Fact]
    public async Task Chosen_with_the_switcher()
    {
        var width = ScreenWidth.Phone;
        await using var context = await fixture.NewContextAsync(width);
        var person = new Person(await context.NewPageAsync(), new FlowRecorder("signup-french-by-switcher", width));
        Assert.Equal(200, await person.OpenAsync("signup", "signup-english"));
        await Expect(person.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await person.Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Français", Exact = true }).ClickAsync();
        await person.ExpectHeadingAsync(PageWords.In("fr", "SignUpTitle"));
        await person.RecordAsync("signup-french");
        await SignsUpInFrenchAsync(person, $"switcher-{Guid.NewGuid():N}@example.com");
    }

    // Driven at desktop width; every state it reaches is also checked at phone width (FlowRecorder).
    [Fact]
    public async Task Chosen_by_the_browsers_language()
    {
        var width = ScreenWidth.Desktop;
        await using var context = await fixture.NewContextAsync(width, locale: "fr-FR");
        var page = await context.NewPageAsync();
        var person = new Person(page, new FlowRecorder("signup-french-by-browser", width));
        var response = await page.GotoAsync("signup");
        Assert.Equal("fr", await response!.HeaderValueAsync("content-language"));
        Assert.Equal(200, await person.OpenAsync("signup", "signup-french"));
        await SignsUpInFrenchAsync(person, $"browser-{Guid.NewGuid():N}@example.com");
    }

    [Fact]
    public async Task The_switcher_keeps_the_embedded_page_and_its_topic()
    {
        await using var context = await fixture.NewContextAsync(ScreenWidth.Phone);
        var person = new Person(await context.NewPageAsync(), new FlowRecorder("signup-embed-switch", ScreenWidth.Phone));
        Assert.Equal(200, await person.OpenAsync("signup?embed=1&topic=Aleppo%20truce", "embed-english"));

        await person.Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "العربية", Exact = true }).ClickAsync();
        await person.ExpectHeadingAsync(PageWords.In("ar", "SignUpEmbedTitle"));
        await person.RecordAsync("embed-arabic");

        Assert.Contains("embed=1", person.Page.Url, StringComparison.Ordinal);
        await Expect(person.Page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(person.Page.Locator("header.masthead")).ToHaveCountAsync(0);
        await Expect(person.Field(PageWords.In("ar", "TopicsLabel"))).ToHaveValueAsync("Aleppo truce");
    }

    // On the French sign-up page: lang and dir, French chosen for the topics, no English sentence, then the French answer.
    private static async Task SignsUpInFrenchAsync(Person person, string email)
    {
        await Expect(person.Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(person.Page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(person.Field(PageWords.In("fr", "LanguageLabel"))).ToHaveValueAsync("fr");
        Assert.Empty(PageWords.EnglishLeft(await person.Page.InnerTextAsync("body"), "fr"));

        await person.Field(PageWords.In("fr", "EmailLabel")).FillAsync(email);
        await person.Field(PageWords.In("fr", "TopicsLabel")).FillAsync("Alep");
        await person.PressAsync(PageWords.In("fr", "SignUpButton"), PageWords.In("fr", "CheckEmailTitle"), "check-email-french");
        await Expect(person.Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        Assert.Empty(PageWords.EnglishLeft(await person.Page.InnerTextAsync("body"), "fr"));
    }
}
