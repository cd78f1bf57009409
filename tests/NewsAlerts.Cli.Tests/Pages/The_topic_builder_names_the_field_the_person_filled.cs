namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.Validation;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Topics;

/// <summary>
/// Issue 16 (stop 34, left 3): the topic builder answered <c>none=war</c> at <c>all</c>, a field the person left
/// empty. Every builder error is at a field the person filled: excluded words alone at the excluded words, in words
/// naming that field by its label in the page's language; a character the sign-up refuses at the field holding it;
/// an error the API gives for a builder row's topic at the first field of that row the person filled.
/// </summary>
public sealed class The_topic_builder_names_the_field_the_person_filled
{
    private static readonly string[] Offered = ["en", "de", "fr", "es", "it", "nl", "pt", "ar"];

    public static TheoryData<string> EachLanguage => [.. Offered];

    [Theory]
    [MemberData(nameof(EachLanguage))]
    public void Excluded_words_alone_are_told_at_the_excluded_words_by_their_label(string language)
    {
        using var scope = new Languages.PageLanguageScope(language);

        foreach (var form in new[]
        {
            Form(("topic-0-none", "war")),
            Form(("topic-0-none", "war"), ("topic-0-in", "headline")),
            // A word with nothing to search for ("!!!") is an error of its own (trial s42 #B), so not in this row.
            Form(("topic-0-none", "war peace"), ("topic-0-in", "body"), ("topic-0-all", "  ")),
        })
        {
            var error = Assert.Single(TopicBuilderFields.Errors(form));

            Assert.Equal("topic-0-none", error.Field);
            Assert.Contains(PageStrings.BuilderNoneLabel, error.Message, StringComparison.Ordinal);
            Assert.Contains(PageStrings.BuilderAllLabel, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(PageStrings.TopicOnlyExcludes, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_words_differ_in_every_language()
    {
        var messages = Offered.Select(l =>
        {
            using var scope = new Languages.PageLanguageScope(l);
            return Assert.Single(TopicBuilderFields.Errors(Form(("topic-3-none", "war")))).Message;
        }).ToList();

        Assert.Equal(messages.Count, messages.Distinct(StringComparer.Ordinal).Count());
    }

    // The second row keeps its own number in its field names.
    [Theory]
    [InlineData("all", "Syria\u202E", 6)]
    [InlineData("phrase", "cease\u0007fire", 6)]
    [InlineData("any", "truce, a\u202Eb", 9)]
    [InlineData("none", "war\u0000", 4)]
    [InlineData("subject", "x\uE000", 2)]
    public void A_refused_character_is_told_at_the_field_holding_it(string part, string value, int column)
    {
        using var scope = new Languages.PageLanguageScope("en");
        var form = part == "all" ? Form(("topic-2-all", value)) : Form(("topic-2-all", "Syria"), ($"topic-2-{part}", value));

        var error = Assert.Single(TopicBuilderFields.Errors(form));

        Assert.Equal($"topic-2-{part}", error.Field);
        Assert.Equal(FreeText.Check(value).Index + 1, column);
        Assert.EndsWith(string.Format(System.Globalization.CultureInfo.CurrentCulture, PageStrings.BuilderError, "x", column)[1..], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_topic_too_long_is_told_at_the_field_that_made_it_too_long()
    {
        var form = Form(("topic-0-all", "Syria"), ("topic-0-none", "a " + string.Join(' ', Enumerable.Repeat("football", 120))));

        Assert.Equal("topic-0-none", Assert.Single(TopicBuilderFields.Errors(form)).Field);
    }

    [Theory]
    [InlineData("phrase", "cease fire")]
    [InlineData("any", "truce, peace")]
    [InlineData("none", "war")]
    [InlineData("subject", "armed conflict")]
    [InlineData("all", "Syria")]
    public void An_api_error_about_a_builder_rows_topic_is_told_at_the_first_field_it_filled(string part, string value)
    {
        using var scope = new Languages.PageLanguageScope("en");
        var form = Form(($"topic-1-{part}", value));
        var rows = TopicBuilderFields.Rows(form);

        var error = Assert.Single(FormFields.Errors([new FieldError("topics[1]", "the topic is empty")], [(1, "Syria")], rows));

        Assert.Equal($"topic-1-{part}", error.Field);
    }

    private static Dictionary<string, string> Form(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
