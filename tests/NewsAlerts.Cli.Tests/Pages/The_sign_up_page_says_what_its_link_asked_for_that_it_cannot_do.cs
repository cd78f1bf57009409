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

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_language_no_page_is_written_in_and_an_unknown_embed_are_said_by_the_language_switcher(string language)
    {
        using var scope = new PageLanguageScope(language);

        var opening = OpeningQuery.Read(null, "xx", "yes");

        Assert.Equal([OpeningQuery.LanguageField, OpeningQuery.LanguageField], opening.Errors.Select(e => e.Field));
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
