namespace NewsAlerts.Cli.Tests.Pages.Languages;

using NewsAlerts.Channels.Templates;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.SignUp;

public sealed class The_layout_and_the_switcher_follow_the_pages_language
{
    [Fact]
    public async Task An_arabic_sign_up_page_is_right_to_left_and_preselects_arabic()
    {
        await using var templates = new RazorTemplates();
        var html = await RenderSignUpAsync(new PageRenderer(templates), "ar", embed: false, topic: null);

        Has(html, "<html lang=\"ar\" dir=\"rtl\">");
        Has(html, "<h1>احصل على التنبيهات الإخبارية</h1>");
        Has(html, "<option value=\"ar\" selected");
        Assert.DoesNotContain("Get news alerts", html, StringComparison.Ordinal);
        // Letters are written as themselves, not one entity each: the page stays within the 100 KB budget of issue 16.
        Assert.DoesNotContain("&#x62", html, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(html) < 100_000, $"{System.Text.Encoding.UTF8.GetByteCount(html)} bytes");
    }

    [Fact]
    public async Task The_switcher_names_each_language_in_itself_and_keeps_embed_and_topic()
    {
        await using var templates = new RazorTemplates();
        var html = await RenderSignUpAsync(new PageRenderer(templates), "fr", embed: true, topic: "Syria & \"truce\"");

        Has(html, "<html lang=\"fr\" dir=\"ltr\">");
        Has(html, "href=\"/signup?lang=ar&amp;embed=1&amp;topic=Syria%20%26%20%22truce%22\" lang=\"ar\" hreflang=\"ar\">العربية</a>");
        Has(html, "lang=\"fr\" hreflang=\"fr\" aria-current=\"true\">Français</a>");
    }

    [Fact]
    public async Task Pages_rendered_at_once_in_different_languages_each_keep_their_own()
    {
        await using var templates = new RazorTemplates();
        var renderer = new PageRenderer(templates);
        var languages = Enumerable.Range(0, 24).Select(i => i % 3 == 0 ? "ar" : i % 3 == 1 ? "fr" : "en").ToList();

        var pages = await Task.WhenAll(languages.Select(l => Task.Run(() => RenderSignUpAsync(renderer, l, embed: false, topic: null))));

        foreach (var (language, html) in languages.Zip(pages))
        {
            Has(html, $"<html lang=\"{language}\"");
        }
    }

    private static void Has(string html, string part) => Assert.True(html.Contains(part, StringComparison.Ordinal), $"missing {part} in:\n{html}");

    // As a page function does: the request's language is set in the caller's flow, then the page is rendered.
    private static async Task<string> RenderSignUpAsync(PageRenderer renderer, string language, bool embed, string? topic)
    {
        using var scope = new PageLanguageScope(language);
        return await renderer.RenderAsync<SignUpPage>(new Dictionary<string, object?>
        {
            [nameof(SignUpPage.Form)] = FormState.Empty,
            [nameof(SignUpPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(SignUpPage.Embed)] = embed,
            [nameof(SignUpPage.Topic)] = topic,
        });
    }
}
