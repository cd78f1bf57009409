namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Channels.Templates;
using NewsAlerts.Cli.Tests.Pages.Languages;
using NewsAlerts.Core.Validation;
using NewsAlerts.Matching.Query;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Layout;

/// <summary>
/// Trial r41 #9: /signup?lang=de with the topics <c>"offen</c>, <c>(Syrien</c>, <c>AND</c> and a line holding only U+200B
/// showed one <c>&lt;p&gt;</c> under the field, "Zeile 1: … Zeile 2: … Zeile 3: …" run together, and called the invisible
/// line "the topic is empty". Each error of a field is its own list item (every language, sign-up and /manage alike:
/// both show <see cref="FormState.Error"/> through <c>FieldErrorText</c>), and a line of only invisible characters is
/// skipped as an empty line is.
/// </summary>
public sealed class Several_errors_of_one_field_are_shown_one_per_line
{
    private const string TrialTopics = "\"offen\n(Syrien\nAND\n\u200B";

    [Fact]
    public void The_trials_topics_give_one_error_per_line_and_none_for_the_invisible_line()
    {
        using var scope = new PageLanguageScope("de");
        var lines = FormFields.TopicLines(TrialTopics);
        var parsed = lines.Select((l, i) => (Field: $"topics[{i}]", Result: TopicQuery.Parse(l.Text))).ToList();

        var errors = FormFields.Errors([.. parsed.Where(p => !p.Result.Success).Select(p => new FieldError(p.Field, p.Result.Error!))], lines);
        var shown = FieldErrorLines.Split(new FormState(new Dictionary<string, string>(), errors).Error("topics"));

        Assert.Equal(3, lines.Count);
        Assert.Equal(3, shown.Count);
        Assert.StartsWith("Zeile 1: ", shown[0], StringComparison.Ordinal);
        Assert.StartsWith("Zeile 2: ", shown[1], StringComparison.Ordinal);
        Assert.StartsWith("Zeile 3: ", shown[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\uFEFF")]
    [InlineData("\u2060")]
    [InlineData("\u00AD")]
    [InlineData("\u200E\u200F")]
    [InlineData("\u061C")]
    [InlineData(" \u200B\t\u00A0")]
    public void A_line_of_only_invisible_characters_is_skipped_like_an_empty_line(string invisible)
    {
        var lines = FormFields.TopicLines($"Syria\n{invisible}\nceasefire");

        Assert.Equal([(1, "Syria"), (3, "ceasefire")], lines);
        Assert.True(FreeText.IsBlank(invisible));
    }

    [Theory]
    [InlineData("\u200BSyria")]
    [InlineData("\u200D")]
    [InlineData("-")]
    public void A_line_with_anything_visible_or_a_joiner_is_still_read(string text)
    {
        Assert.False(FreeText.IsBlank(text));
        Assert.Single(FormFields.TopicLines(text));
    }

    [Fact]
    public async Task Several_errors_are_a_list_and_one_error_a_paragraph()
    {
        await using var templates = new RazorTemplates();

        var several = await templates.RenderAsync<FieldErrorText>(new Dictionary<string, object?>
        {
            [nameof(FieldErrorText.Field)] = "topics",
            [nameof(FieldErrorText.Message)] = FieldErrorLines.Join(["Line 1: unclosed quote", "Line 2: unclosed parenthesis"]),
        });
        var one = await templates.RenderAsync<FieldErrorText>(new Dictionary<string, object?>
        {
            [nameof(FieldErrorText.Field)] = "email",
            [nameof(FieldErrorText.Message)] = "is not an email address",
        });

        Assert.Contains("<ul class=\"field-error\" id=\"error-topics\">", several, StringComparison.Ordinal);
        Assert.Equal(2, several.Split("<li>").Length - 1);
        Assert.Contains("Line 2: unclosed parenthesis</li>", several, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"error-email\">", one, StringComparison.Ordinal);
        Assert.DoesNotContain("<li>", one, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_holding_a_line_break_stays_one_line()
    {
        var joined = FieldErrorLines.Join(["first\nhalf", "second"]);

        Assert.Equal(["first half", "second"], FieldErrorLines.Split(joined));
    }
}
