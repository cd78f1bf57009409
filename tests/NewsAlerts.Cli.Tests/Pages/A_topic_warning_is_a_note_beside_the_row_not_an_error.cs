namespace NewsAlerts.Cli.Tests.Pages;

using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Topics;

/// <summary>
/// Review r40 #3: the builder's live preview wrote warnings (an unknown <c>subject:</c> with the close IPTC labels) into
/// the row's <c>field-error</c> span, so a warning looked and was announced as an error. A warning is a note in the row's
/// own warnings box (amber, <c>role="note"</c>); the error span holds errors only, on the page without script as with it.
/// </summary>
public sealed partial class A_topic_warning_is_a_note_beside_the_row_not_an_error : IAsyncDisposable
{
    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    public static TheoryData<string> EachLanguage => ["en", "de", "fr", "es", "it", "nl", "pt", "ar"];

    [Theory]
    [MemberData(nameof(EachLanguage))]
    public async Task An_unknown_subject_is_told_in_the_warnings_box_and_the_error_span_stays_empty(string language)
    {
        using var scope = new Languages.PageLanguageScope(language);

        var html = await BuilderAsync(("topic-0-all", "Syria"), ("topic-0-subject", "politcs"));

        Assert.Equal(string.Empty, Problem(html).Trim());
        var warnings = Warnings(html);
        Assert.Contains("role=\"note\"", warnings, StringComparison.Ordinal);
        Assert.Contains("<li", warnings, StringComparison.Ordinal);
        Assert.Contains("politcs", warnings, StringComparison.Ordinal);
        Assert.DoesNotContain("field-error", warnings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_stays_in_the_error_span_and_no_warning_is_shown_with_it()
    {
        using var scope = new Languages.PageLanguageScope("en");

        var html = await BuilderAsync(("topic-0-none", "football"));

        Assert.Contains(PageStrings.BuilderNoneLabel, Problem(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<li", Warnings(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_row_has_an_empty_polite_warnings_box_the_script_can_fill()
    {
        using var scope = new Languages.PageLanguageScope("fr");

        var html = await BuilderAsync(("topic-0-all", "Syrie"));

        Assert.Matches(WarningsBox(), html);
        Assert.Contains("aria-live=\"polite\"", WarningsBox().Match(html).Value, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"alert\"", WarningsBox().Match(html).Value, StringComparison.Ordinal);
        Assert.Contains("data-separator=\"\u00a0: \"", System.Net.WebUtility.HtmlDecode(WarningsBox().Match(html).Value), StringComparison.Ordinal);
    }

    private Task<string> BuilderAsync(params (string Name, string Value)[] values) =>
        templates.RenderAsync<TopicBuilder>(new Dictionary<string, object?>
        {
            [nameof(TopicBuilder.Form)] = new FormState(values.ToDictionary(v => v.Name, v => v.Value), TopicBuilderFields.Errors(values.ToDictionary(v => v.Name, v => v.Value))),
            [nameof(TopicBuilder.MainButton)] = PageStrings.SignUpButton,
        });

    private static string Problem(string html) => System.Net.WebUtility.HtmlDecode(ProblemSpan().Match(html).Groups["text"].Value);

    private static string Warnings(string html)
    {
        var start = html.IndexOf("id=\"topic-0-warnings\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no warnings box");
        var end = html.IndexOf("data-remove-row", start, StringComparison.Ordinal);
        return System.Net.WebUtility.HtmlDecode(html[start..end]);
    }

    [GeneratedRegex("<span class=\"field-error\" id=\"topic-0-problem\">(?<text>[^<]*)</span>")]
    private static partial Regex ProblemSpan();

    [GeneratedRegex("<div class=\"topic-warnings\" id=\"topic-0-warnings\"[^>]*>")]
    private static partial Regex WarningsBox();
}
