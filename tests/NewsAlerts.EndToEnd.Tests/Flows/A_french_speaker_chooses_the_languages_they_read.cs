namespace NewsAlerts.EndToEnd.Tests.Flows;

using Microsoft.Playwright;
using NewsAlerts.EndToEnd.Tests.Browser;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// Issue 16, "languages I read", in a browser: a French speaker signing up on the French page ticks English (named
/// "anglais (English)"; French, the alert language, is ticked and cannot be unticked), is told on the confirmed page and
/// in the preference centre which story languages their topics match, and swaps English for German there; the embedded
/// sign-up keeps the boxes folded until opened. Every state is checked with axe at both widths (FlowRecorder).
/// </summary>
public sealed class A_french_speaker_chooses_the_languages_they_read(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string English = "anglais (English)";
    private const string German = "allemand (Deutsch)";

    // Driven at phone width; every state it reaches is also checked at desktop width (FlowRecorder).
    [Fact]
    public async Task Ticks_english_on_sign_up_and_swaps_it_for_german_in_the_preference_centre()
    {
        var width = ScreenWidth.Phone;
        var email = $"reads-{Guid.NewGuid():N}@example.fr";
        await using var context = await fixture.NewContextAsync(width);
        var person = new Person(await context.NewPageAsync(), new FlowRecorder("languages-read", width));
        Assert.Equal(200, await person.OpenAsync("signup?lang=fr", "signup-french-languages"));

        await Expect(person.Page.GetByRole(AriaRole.Group, new PageGetByRoleOptions { Name = PageWords.In("fr", "ReadLanguagesLegend") })).ToBeVisibleAsync();
        await Expect(person.Field("français")).ToBeCheckedAsync();
        await Expect(person.Field("français")).ToBeDisabledAsync();
        await Expect(person.Field(English)).Not.ToBeCheckedAsync();
        await person.Field(PageWords.In("fr", "EmailLabel")).FillAsync(email);
        await person.Field(PageWords.In("fr", "TopicsLabel")).FillAsync("Syria\nceasefire");
        await person.Field(English).CheckAsync();
        await person.PressAsync(PageWords.In("fr", "SignUpButton"), PageWords.In("fr", "CheckEmailTitle"), "check-email-french");

        var confirmLink = (await Mailbox.LinksAsync(fixture.Stack, email, "confirm"))[0];
        Assert.Equal(200, await person.OpenAsync(confirmLink.ToString(), "confirm-button-french"));
        await person.PressAsync(PageWords.In("fr", "ConfirmButton"), PageWords.In("fr", "ConfirmedTitle"), "email-confirmed-languages");
        await Expect(person.Page.Locator("#matched-languages")).ToHaveTextAsync("Vos sujets trouvent des articles en\u00A0: français, anglais");

        await person.PressAsync(PageWords.In("fr", "ManageButton"), PageWords.In("fr", "ManageTitle"), "preference-centre-languages");
        await Expect(person.Field(English)).ToBeCheckedAsync();
        await Expect(person.Field("français")).ToBeDisabledAsync();
        await Expect(person.Page.Locator("#matched-languages")).ToHaveTextAsync("Vos sujets trouvent des articles en\u00A0: français, anglais");
        await person.Field(English).UncheckAsync();
        await person.Field(German).CheckAsync();
        await person.PressAsync(PageWords.In("fr", "SaveSettingsButton"), PageWords.In("fr", "ManageTitle"), "languages-saved");
        await Expect(person.Field(German)).ToBeCheckedAsync();
        await Expect(person.Field(English)).Not.ToBeCheckedAsync();
        await Expect(person.Page.Locator("#matched-languages")).ToHaveTextAsync("Vos sujets trouvent des articles en\u00A0: français, allemand");
        Assert.Empty(PageWords.EnglishLeft(await person.Page.InnerTextAsync("body"), "fr"));
    }

    [Fact]
    public async Task The_embedded_sign_up_folds_the_languages_until_opened()
    {
        await using var context = await fixture.NewContextAsync(ScreenWidth.Phone);
        var person = new Person(await context.NewPageAsync(), new FlowRecorder("languages-read-embed", ScreenWidth.Phone));
        Assert.Equal(200, await person.OpenAsync("signup?embed=1&lang=fr&topic=Syria", "embed-languages-folded"));
        await Expect(person.Field(English)).Not.ToBeVisibleAsync();

        await person.Page.GetByText(PageWords.In("fr", "ReadLanguagesLegend"), new PageGetByTextOptions { Exact = true }).First.ClickAsync();
        await Expect(person.Field(English)).ToBeVisibleAsync();
        await person.RecordAsync("embed-languages-open");
        await Expect(person.Field("français")).ToBeDisabledAsync();
    }
}
