namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Channels.Templates;
using NewsAlerts.Cli.Tests.Pages.Languages;
using NewsAlerts.Matching.Query;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.SignUp;

/// <summary>
/// Issue 16, trial #14: a newsroom's <c>/signup?embed=1&amp;topic=…</c> over 500 characters showed an empty form, without
/// a word, while the form itself takes topics up to <see cref="TopicQuery.MaxLength"/>. One limit for a topic everywhere,
/// and every opening value the page cannot use (a topic over it or that does not parse, a language no page is written
/// in, an <c>embed</c> it does not know) is said next to its field, in the page's language.
/// </summary>
public sealed class The_sign_up_page_says_what_its_link_asked_for_that_it_cannot_do : IAsyncDisposable
{
    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    public static TheoryData<string> Languages => ["en", "fr", "de", "es", "it", "nl", "pt", "ar"];

    [Fact]
    public void A_topic_as_long_as_the_form_takes_is_prefilled_without_an_error()
    {
        using var scope = new PageLanguageScope("en");
        var topic = string.Join(' ', Enumerable.Repeat("Syria", 200))[..TopicQuery.MaxLength].TrimEnd();

        var opening = OpeningQuery.Read(topic, null, "1");

        Assert.Empty(opening.Errors);
        Assert.Equal(topic, opening.Values["topics"]);
        Assert.Equal(topic, opening.Topic);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_topic_over_the_limit_is_kept_in_the_box_with_the_limit_named_next_to_it(string language)
    {
        using var scope = new PageLanguageScope(language);
        var topic = new string('a', TopicQuery.MaxLength + 1);

        var opening = OpeningQuery.Read(topic, null, "1");

        var error = Assert.Single(opening.Errors);
        Assert.Equal("topics", error.Field);
        // The limit, in whatever digits and grouping the language writes it.
        var digits = string.Concat(error.Message.Where(char.IsDigit).Select(c => (int)char.GetNumericValue(c)));
        Assert.Contains(TopicQuery.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), digits, StringComparison.Ordinal);
        Assert.Equal(topic, opening.Values["topics"]);
    }

    [Fact]
    public void A_topic_that_does_not_parse_is_said_at_its_line()
    {
        using var scope = new PageLanguageScope("en");

        var opening = OpeningQuery.Read("Syria\n(ceasefire", null, null);

        var error = Assert.Single(opening.Errors);
        Assert.Equal("topics", error.Field);
        Assert.Contains("2", error.Message, StringComparison.Ordinal);
    }

    // Trial s44: the embed error was attached to lang, so the language switcher claimed it. Each names its own field.
    [Theory]
    [MemberData(nameof(Languages))]
    public void A_language_no_page_is_written_in_is_said_by_the_language_switcher_and_an_unknown_embed_on_its_own_line(string language)
    {
        using var scope = new PageLanguageScope(language);

        var opening = OpeningQuery.Read(null, "xx", "yes");

        Assert.Equal([OpeningQuery.LanguageField, OpeningQuery.EmbedField], opening.Errors.Select(e => e.Field));
        Assert.Contains("xx", opening.Errors[0].Message, StringComparison.Ordinal);
        // The value typed is isolated (U+2066..U+2069) so it cannot reorder the sentence; read without the isolates.
        Assert.Contains("embed=yes", string.Concat(opening.Errors[1].Message.Where(c => c is < '\u2066' or > '\u2069')), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("Syria", "fr-CA", "1")]
    [InlineData("Syria", "ar", "0")]
    public void Values_the_page_uses_raise_no_error(string? topic, string? language, string? embed)
    {
        using var scope = new PageLanguageScope("en");

        Assert.Empty(OpeningQuery.Read(topic, language, embed).Errors);
    }

    // Every value the opening query reads (topic, lang, embed), each wrong alone: its error names its own field, sits at
    // that field on the page (the nearest field element to the error is the field's) and the summary's line links there
    // and names it (its label, or the parameter as the link wrote it).
    [Theory]
    [InlineData("topic", "en", "topics")]
    [InlineData("topic", "fr", "topics")]
    [InlineData("lang", "en", "lang")]
    [InlineData("lang", "ar", "lang")]
    [InlineData("embed", "en", "embed")]
    [InlineData("embed", "de", "embed")]
    public async Task Each_opening_value_that_cannot_be_used_is_said_at_its_own_field(string parameter, string language, string field)
    {
        using var scope = new PageLanguageScope(language);
        var opening = parameter switch
        {
            "topic" => OpeningQuery.Read("Syria AND (", null, null),
            "lang" => OpeningQuery.Read(null, "xx", null),
            _ => OpeningQuery.Read(null, null, "yes"),
        };

        var error = Assert.Single(opening.Errors);
        Assert.Equal(field, error.Field);
        var html = await RenderAsync(opening, embed: false);

        var at = html.IndexOf($"id=\"error-{field}\"", StringComparison.Ordinal);
        Assert.True(at >= 0, $"the error of {parameter} is on the page");
        Assert.Contains($"field-{field}", FieldsAround(html, at));
        var line = System.Text.RegularExpressions.Regex.Match(html, $"<a href=\"#field-{field}\">([^<]*)</a>");
        Assert.True(line.Success, $"the summary links the error of {parameter} to its field");
        var named = NewsAlerts.Pages.Layout.FieldLabels.Of(field) ?? $"{parameter}=";
        Assert.Contains(named, System.Net.WebUtility.HtmlDecode(line.Groups[1].Value).Replace("\u2066", "", StringComparison.Ordinal).Replace("\u2069", "", StringComparison.Ordinal), StringComparison.Ordinal);
        // No other field claims it.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "id=\"error-(?!summary)"));
    }

    // The ids of the field elements (id="field-…") next to position at: the last one opened before it (a container such
    // as the language links, holding its error) and the first one after it (a text field's control, under its error).
    private static string[] FieldsAround(string html, int at)
    {
        var fields = System.Text.RegularExpressions.Regex.Matches(html, "id=\"(field-[^\"]+)\"");
        return [.. new[] { fields.LastOrDefault(m => m.Index < at), fields.FirstOrDefault(m => m.Index > at) }.OfType<System.Text.RegularExpressions.Match>().Select(m => m.Groups[1].Value)];
    }

    private Task<string> RenderAsync(OpeningQuery opening, bool embed) =>
        templates.RenderAsync<SignUpPage>(new Dictionary<string, object?>
        {
            [nameof(SignUpPage.Form)] = new FormState(opening.Values, opening.Errors), [nameof(SignUpPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(SignUpPage.Now)] = DateTimeOffset.UnixEpoch, [nameof(SignUpPage.Embed)] = embed, [nameof(SignUpPage.Topic)] = opening.Topic,
        });

    [Fact]
    public async Task The_page_shows_each_error_next_to_its_field_and_in_the_summary()
    {
        using var scope = new PageLanguageScope("en");
        var opening = OpeningQuery.Read(new string('a', TopicQuery.MaxLength + 1), "xx", null);

        var html = await templates.RenderAsync<SignUpPage>(new Dictionary<string, object?>
        {
            [nameof(SignUpPage.Form)] = new FormState(opening.Values, opening.Errors), [nameof(SignUpPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(SignUpPage.Now)] = DateTimeOffset.UnixEpoch, [nameof(SignUpPage.Embed)] = true, [nameof(SignUpPage.Topic)] = opening.Topic,
        });

        Assert.Contains("id=\"error-topics\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"error-lang\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#field-lang\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"field-lang\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#field-topics\"", html, StringComparison.Ordinal);
    }
}
