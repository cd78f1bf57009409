namespace NewsAlerts.Cli.Tests.Editors;

using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Languages;
using NewsAlerts.Functions.EditorConsole;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Pages.Layout;

/// <summary>
/// Trial r41 #7: a forged Language value on the console with a 3000-character headline showed "Language of your topics:
/// The language must be a language code such as 'en' or 'pt-BR'": the sign-up page's label before the console's own
/// sentence, and straight quotes after the typography pass. An editor page's summary line is the console's error alone
/// (it names its field itself), and the API's reasons are set in the console's typography. Pasted ninjs with a key given
/// twice is refused by the key, as the API refuses it (trial r41 #6).
/// </summary>
public sealed class Console_errors_name_the_consoles_fields_in_its_typography : IAsyncDisposable
{
    private readonly RazorTemplates templates = new();

    [Fact]
    public async Task A_forged_language_and_a_long_headline_are_named_by_the_consoles_words_only()
    {
        var text = WebUtility.HtmlDecode(await ConsoleWithErrorsAsync(new Dictionary<string, StringValues>
        {
            ["headline"] = new string('h', 3000),
            ["body"] = "Body.",
            ["language"] = "xx-forged",
        }));

        Assert.DoesNotContain(PageStrings.LanguageLabel, text, StringComparison.Ordinal);
        Assert.Contains($"{ConsoleStrings.FieldLanguage} must be a language code such as “en” or “pt-BR”", text, StringComparison.Ordinal);
        Assert.Contains(ConsoleStrings.FieldHeadline + " is longer than", text, StringComparison.Ordinal);
        Assert.DoesNotContain("'en'", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pasted_ninjs_with_a_key_given_twice_is_refused_by_the_key()
    {
        var text = WebUtility.HtmlDecode(await ConsoleWithErrorsAsync(new Dictionary<string, StringValues>
        {
            ["ninjs"] = """{"uri":"urn:x:2","headline":"a","headline":"b","body_text":"c"}""",
        }));

        Assert.Contains("headline: is given twice; give each field once", text, StringComparison.Ordinal);
    }

    // Session 42 (D): pasted ninjs with several errors showed the first one only under the field; each is a line of
    // its own there, as /manage lists a field's topic errors.
    [Fact]
    public async Task Pasted_ninjs_with_several_errors_lists_each_under_the_field()
    {
        var html = WebUtility.HtmlDecode(await ConsoleWithErrorsAsync(new Dictionary<string, StringValues>
        {
            ["ninjs"] = """{"uri":"urn:x:3","headline":"","body_text":"c","urgency":0,"language":"xx-forged"}""",
        }));

        var field = html.Split("id=\"error-ninjs\"")[1].Split("</ul>")[0];
        Assert.StartsWith(">", field, StringComparison.Ordinal);
        Assert.Contains("<li>", field, StringComparison.Ordinal);
        Assert.Contains("headline: ", field, StringComparison.Ordinal);
        Assert.Contains("urgency: ", field, StringComparison.Ordinal);
        Assert.Contains("language: must be a language code such as “en” or “pt-BR”", field, StringComparison.Ordinal);
        Assert.Equal(3, field.Split("<li>").Length - 1);
    }

    [Fact]
    public void A_fields_errors_are_all_kept_in_their_order_and_other_fields_left_out()
    {
        PageError[] errors = [new("ninjs", "first"), new("headline", "other field"), new("ninjs", "second")];

        Assert.Equal(["first", "second"], FieldErrorLines.Split(FieldErrorLines.Of(errors, "ninjs")));
        Assert.Equal("other field", FieldErrorLines.Of(errors, "headline"));
        Assert.Null(FieldErrorLines.Of(errors, "body"));
    }

    // Every subscriber label a console field could share: none leads an editor page's summary line.
    [Theory]
    [InlineData("language")]
    [InlineData("email")]
    [InlineData("phone")]
    [InlineData("topics")]
    public async Task No_subscriber_label_leads_an_editor_pages_summary_line(string field)
    {
        var html = await templates.RenderAsync<ConsolePage>(Parameters([new PageError(field, "The story must be fixed.")]));

        Assert.Contains(">The story must be fixed.</a>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain(FieldLabels.Of(field)!, WebUtility.HtmlDecode(html).Split("error-summary")[1].Split("</ul>")[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("must be a language code such as 'en' or 'pt-BR'", "must be a language code such as “en” or “pt-BR”")]
    [InlineData("must be 'major' or 'minor'", "must be “major” or “minor”")]
    [InlineData("begins with 'urn:newsalerts:digest:', which is reserved", "begins with “urn:newsalerts:digest:”, which is reserved")]
    [InlineData("expected a colon between a field's name and its value", "expected a colon between a field’s name and its value")]
    [InlineData("expected a field name in double quotes (\"headline\")", "expected a field name in double quotes (\"headline\")")]
    public void The_apis_reasons_take_the_consoles_quotes_and_apostrophes(string reason, string shown) =>
        Assert.Equal(shown, ConsoleWords.Typeset(reason));

    [Fact]
    public void The_language_rule_is_shown_in_curly_quotes_on_the_form_and_for_pasted_ninjs()
    {
        Assert.Equal($"{ConsoleStrings.FieldLanguage} must be a language code such as “en” or “pt-BR”", ConsoleWords.ArticleError("language", LanguageField.Reason, pasted: false));
        Assert.Equal("language: must be a language code such as “en” or “pt-BR”", ConsoleWords.ArticleError("language", LanguageField.Reason, pasted: true));
    }

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    // The console as the preview answers a refused form: the parser's errors, each on its form field, in the console's words.
    private Task<string> ConsoleWithErrorsAsync(Dictionary<string, StringValues> fields)
    {
        var form = new FormCollection(fields);
        var pasted = form.ContainsKey("ninjs");
        var parsed = ArticleParser.Parse(ConsoleForms.NinjsOf(form, DateTimeOffset.UnixEpoch), TimeProvider.System);
        Assert.False(parsed.IsValid);
        return templates.RenderAsync<ConsolePage>(Parameters(
            [.. parsed.Errors.Select(e => new PageError(ConsoleForms.FieldOf(e.Field, pasted), ConsoleWords.ArticleError(e.Field, e.Reason, pasted)))]));
    }

    private static Dictionary<string, object?> Parameters(IReadOnlyList<PageError> errors) => new()
    {
        [nameof(ConsolePage.EditorName)] = "Desk",
        [nameof(ConsolePage.Source)] = "development sign-in",
        [nameof(ConsolePage.Stories)] = Array.Empty<NewsAlerts.Core.Editor.RecentArticle>(),
        [nameof(ConsolePage.PublishHidden)] = Array.Empty<KeyValuePair<string, string>>(),
        [nameof(ConsolePage.DeskHidden)] = Array.Empty<KeyValuePair<string, string>>(),
        [nameof(ConsolePage.Errors)] = errors,
    };
}
