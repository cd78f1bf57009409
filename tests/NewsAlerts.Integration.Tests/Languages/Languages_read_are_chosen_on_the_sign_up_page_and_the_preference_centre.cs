namespace NewsAlerts.Integration.Tests.Languages;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16, "languages I read": a French subscriber signing up on /signup?lang=fr with the topics "Syria" and
/// "ceasefire" could not ask for English stories, and nothing said why English stories never came. The sign-up page
/// and the preference centre now list the languages (named in the page's language and in their own), the alert
/// language ticked and fixed; what is ticked is stored as the API's <c>languages</c>; the pages say which story
/// languages the topics match; a language that is none of the boxes is a field error on the page, never JSON.
/// </summary>
public sealed partial class Languages_read_are_chosen_on_the_sign_up_page_and_the_preference_centre(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?> { ["RateLimits:SignUpsPerClient"] = "1000" });

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task The_french_sign_up_page_lists_each_language_by_its_french_and_own_name_with_french_ticked_and_fixed()
    {
        var html = WebUtility.HtmlDecode(await stack.Host.Browser.GetStringAsync(new Uri("signup?lang=fr", UriKind.Relative)));

        Assert.Matches("<fieldset[^>]*>\\s*<legend[^>]*>Langues que je lis</legend>", html);
        Assert.Matches("<input type=\"checkbox\" name=\"languages\" value=\"en\" id=\"field-languages\"\\s*/?> anglais \\(English\\)</label>", html);
        Assert.Matches("<input type=\"checkbox\" name=\"languages\" value=\"de\" id=\"language-de\"\\s*/?> allemand \\(Deutsch\\)</label>", html);
        Assert.Matches("<input type=\"checkbox\" name=\"languages\" value=\"fr\" id=\"language-fr\" checked disabled\\s*/?> français</label>", html);
        Assert.Equal(8, CheckboxPattern().Matches(html).Count);
        Assert.Contains("Vos sujets trouvent des articles en\u00A0: français", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embedded_sign_up_folds_the_languages_into_a_details_element()
    {
        var html = WebUtility.HtmlDecode(await stack.Host.Browser.GetStringAsync(new Uri("signup?embed=1&lang=de", UriKind.Relative)));

        Assert.Matches("<details class=\"read-languages\">\\s*<summary>Sprachen, die ich lese</summary>\\s*<fieldset", html);
        Assert.Matches("value=\"de\" id=\"language-de\" checked disabled", html);
        Assert.Equal(8, CheckboxPattern().Matches(html).Count);
    }

    [Fact]
    public async Task A_french_page_subscriber_who_ticks_english_is_stored_reading_english_and_told_so_until_they_untick_it()
    {
        var email = $"lang-{Guid.NewGuid():N}@example.fr";

        var (posted, _) = await PageSignUps.PostAsync(stack, email, "fr", "en");
        var signUp = await stack.Host.Services.GetRequiredService<SignUpService>().FindAsync(PageSignUps.SignUpIdOf(posted), CancellationToken.None);
        Assert.Equal(["en"], signUp!.Languages);
        Assert.Equal("fr", signUp.Language);

        var confirmed = WebUtility.HtmlDecode(await PageSignUps.ConfirmAsync(stack, email));
        Assert.Contains("Vos sujets trouvent des articles en\u00A0: français, anglais", confirmed, StringComparison.Ordinal);

        var manage = await PageSignUps.ManageAsync(stack, confirmed);
        var decoded = WebUtility.HtmlDecode(manage);
        Assert.Matches("value=\"en\" id=\"field-languages\" checked\\s*/?> anglais \\(English\\)", decoded);
        Assert.Matches("value=\"fr\" id=\"language-fr\" checked disabled", decoded);
        Assert.Contains("Vos sujets trouvent des articles en\u00A0: français, anglais", decoded, StringComparison.Ordinal);
        var id = await FindSubscriberIdAsync(email);

        // German instead of English: the settings form posts the boxes ticked.
        var (saved, _) = await HtmlForms.PostAsync(stack.Host.Browser, HtmlForms.WithStep(manage, "settings"), [new("language", "fr"), new("languages", "de")]);
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Equal(["de"], (await StoredAsync(id)).Languages);
        var (_, after) = await stack.Host.VisitAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("Vos sujets trouvent des articles en\u00A0: français, allemand", WebUtility.HtmlDecode(after), StringComparison.Ordinal);

        // None ticked (a browser posts nothing for the boxes): French only.
        var (cleared, _) = await HtmlForms.PostAsync(stack.Host.Browser, HtmlForms.WithStep(after, "settings"), [new("language", "fr")]);
        Assert.Equal(HttpStatusCode.SeeOther, cleared.StatusCode);
        Assert.Null((await StoredAsync(id)).Languages);
        var (_, last) = await stack.Host.VisitAsync(cleared.Headers.Location!.OriginalString);
        Assert.Contains("Vos sujets trouvent des articles en\u00A0: français</p>", WebUtility.HtmlDecode(last), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("en;drop")]
    [InlineData("EN")]
    public async Task A_tampered_language_on_the_sign_up_page_is_a_field_error_on_the_page(string tampered)
    {
        var email = $"tamper-{Guid.NewGuid():N}@example.com";

        var (response, html) = await PageSignUps.PostAsync(stack, email, "en", "de", tampered);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("href=\"#field-languages\"", html, StringComparison.Ordinal);
        Assert.Contains("“Languages I read” must be one of the choices in the list", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Single(ErrorPattern().Matches(html));
        Assert.Matches("value=\"de\" id=\"language-de\" checked", html);
        Assert.Equal(0, await stack.Inbox.CountAsync(email, CancellationToken.None));
    }

    [Fact]
    public async Task A_tampered_language_on_the_preference_centre_is_a_field_error_and_changes_nothing()
    {
        var email = $"tamper-manage-{Guid.NewGuid():N}@example.com";
        var (posted, _) = await PageSignUps.PostAsync(stack, email, "en", "de");
        PageSignUps.SignUpIdOf(posted);
        var manage = await PageSignUps.ManageAsync(stack, await PageSignUps.ConfirmAsync(stack, email));
        var id = await FindSubscriberIdAsync(email);

        var (response, html) = await HtmlForms.PostAsync(stack.Host.Browser, HtmlForms.WithStep(manage, "settings"), [new("language", "en"), new("languages", "fr"), new("languages", "zz-Qaaa")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("href=\"#field-languages\"", html, StringComparison.Ordinal);
        Assert.Single(ErrorPattern().Matches(html));
        Assert.Equal(["de"], (await StoredAsync(id)).Languages);
    }

    [Fact]
    public async Task A_stored_language_the_pages_do_not_offer_stays_ticked_and_is_kept_by_a_save()
    {
        var email = $"keep-{Guid.NewGuid():N}@example.com";
        var (posted, _) = await PageSignUps.PostAsync(stack, email, "en", "de");
        PageSignUps.SignUpIdOf(posted);
        var confirmedPage = await PageSignUps.ConfirmAsync(stack, email);
        var id = await FindSubscriberIdAsync(email);
        var store = stack.Host.Services.GetRequiredService<ISubscriberStore>();
        var subscriber = await StoredAsync(id);
        await store.SaveAsync(subscriber with { Languages = ["de", "sv"] }, CancellationToken.None);
        var manage = await PageSignUps.ManageAsync(stack, confirmedPage);
        Assert.Matches("value=\"sv\" id=\"language-sv\" checked\\s*/?> Swedish \\(Svenska\\)", WebUtility.HtmlDecode(manage));

        var (saved, _) = await HtmlForms.PostAsync(stack.Host.Browser, HtmlForms.WithStep(manage, "settings"), [new("language", "en"), new("languages", "sv")]);

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Equal(["sv"], (await StoredAsync(id)).Languages);
    }

    [Fact]
    public async Task The_apis_settings_change_takes_the_same_languages_and_names_a_malformed_one_in_problem_json()
    {
        var confirmed = await SignUps.ConfirmedAsync(stack.Host, new NewsAlerts.Core.Subscribers.SubscriberRequest(
            $"api-{Guid.NewGuid():N}@example.fr", null, "Europe/Paris", [("Syria", false)], 2, Language: "fr"));

        using var taken = await PatchAsync(confirmed, """{"languages":["en","de"]}""");
        using var refused = await PatchAsync(confirmed, """{"languages":["en","not a tag"]}""");

        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("languages[1]", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["en", "de"], (await StoredAsync(confirmed.Subscriber.Id)).Languages);
    }

    private async Task<HttpResponseMessage> PatchAsync(ConfirmedSignUp confirmed, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/subscribers/{confirmed.Subscriber.Id}") { Content = Api.Json(json) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", confirmed.ManageToken);
        return await stack.Host.Client.SendAsync(request);
    }

    private async Task<string> FindSubscriberIdAsync(string email) =>
        (await stack.Host.Services.GetRequiredService<ISubscriberStore>().FindIdByEmailAsync(email, CancellationToken.None))!;

    private async Task<NewsAlerts.Core.Subscribers.Subscriber> StoredAsync(string id) =>
        (await stack.Host.Services.GetRequiredService<ISubscriberStore>().GetAsync(id, CancellationToken.None))!;

    [GeneratedRegex("<input type=\"checkbox\" name=\"languages\"")]
    private static partial Regex CheckboxPattern();

    [GeneratedRegex("<p class=\"field-error\" id=\"error-languages\">")]
    private static partial Regex ErrorPattern();
}
