namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.Validation;
using NewsAlerts.Matching.Composition;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Topics;

/// <summary>
/// Trial s42 #B: /signup took <c>topic-0-all=(&amp;topic-0-in=sideways&amp;topic-0-subject=zzzz</c> as
/// <c>subject:"zzzz"</c> (the <c>(</c> dropped, <c>in=sideways</c> ignored) while <c>GET /api/topics/compose?in=nowhere</c>
/// answered 400 naming <c>in</c>. One check of a row (<see cref="TopicBuilderFields.Check"/>) serves the pages and the
/// compose API: an <c>in</c> none of the offered places is an error of <c>topic-n-in</c>, named by its label; a word with
/// nothing to search for (only punctuation, only invisible characters) is an error at its field and column.
/// </summary>
public sealed class A_builder_row_is_checked_alike_on_the_pages_and_by_the_compose_api
{
    [Fact]
    public void The_trials_row_is_told_at_its_in_field_by_its_label_and_why()
    {
        using var scope = new Languages.PageLanguageScope("en");
        var form = Form(("topic-0-all", "("), ("topic-0-in", "sideways"), ("topic-0-subject", "zzzz"));

        var error = Assert.Single(TopicBuilderFields.Errors(form));

        Assert.Equal("topic-0-in", error.Field);
        Assert.Equal("Look for the words in: Choose one of the places in the list", FieldLabels.SummaryLine(error));
        Assert.Contains(TopicBuilderFields.RowsToShow(form), r => r.Index == 0);
    }

    [Theory]
    [InlineData("nowhere")]
    [InlineData("Headline")]
    [InlineData(" body")]
    public void An_in_none_of_the_places_offered_is_malformed_for_the_api_too(string scope)
    {
        var fault = TopicBuilderFields.Check(Field(("all", "Syria"), ("in", scope)));

        Assert.Equal(new BuilderFault("in", $"must be one of anywhere, headline, body, not \"{scope}\"", 0, Malformed: true), fault);
    }

    [Theory]
    [InlineData("all", "(", 1, "'(' has no letters or digits")]
    [InlineData("all", "Syria ( truce", 7, "'(' has no letters or digits")]
    [InlineData("all", "Syria --", 7, "'--' has no letters or digits")]
    [InlineData("any", "truce, !!!, peace", 8, "'!!!' has no letters or digits")]
    [InlineData("none", "war ...", 5, "'...' has no letters or digits")]
    [InlineData("phrase", " \"?!\" ", 2, "'\"?!\"' has no letters or digits")]
    [InlineData("subject", "**", 1, "'**' has no letters or digits")]
    [InlineData("all", "Syria \u200B", 7, FreeText.OnlyInvisibleReason)]
    [InlineData("all", "\uFEFF", 1, FreeText.OnlyInvisibleReason)]
    [InlineData("none", "war \u2060\u200B", 5, FreeText.OnlyInvisibleReason)]
    public void A_word_with_nothing_to_search_for_is_an_error_at_its_field_and_column(string part, string value, int column, string reason)
    {
        var fields = part == "all" ? Field(("all", value)) : Field(("all", "Syria"), (part, value));

        Assert.Equal(new BuilderFault(part, reason, column), TopicBuilderFields.Check(fields));
    }

    [Fact]
    public void A_row_of_only_such_words_is_filled_and_wrong_not_blank()
    {
        using var scope = new Languages.PageLanguageScope("en");

        var error = Assert.Single(TopicBuilderFields.Errors(Form(("topic-4-all", "("))));

        Assert.Equal("topic-4-all", error.Field);
        Assert.Equal($"“{Core.Words.TypedText.Isolate("(")}” has no letters or digits (column 1 of this field)", error.Message);
        Assert.Empty(TopicBuilderFields.Rows(Form(("topic-4-all", "("))));
        Assert.Contains(TopicBuilderFields.RowsToShow(Form(("topic-4-all", "("))), r => r.Index == 4);
    }

    [Fact]
    public void A_field_longer_than_a_topic_may_be_is_malformed_and_told_past_the_limit()
    {
        var fault = TopicBuilderFields.Check(Field(("all", "Syria"), ("none", new string('x', 1001))));

        Assert.Equal(new BuilderFault("none", "is longer than 1000 characters", 1001, Malformed: true), fault);
    }

    [Fact]
    public void A_row_left_blank_or_only_choosing_a_place_offered_is_no_error()
    {
        Assert.Empty(TopicBuilderFields.Errors(Form(("topic-0-all", " "), ("topic-0-in", "headline"), ("topic-1-in", "anywhere"))));
        Assert.Null(TopicBuilderFields.Check(Field(("all", "Syria truce"), ("any", "Damascus, Aleppo"), ("in", "headline"))));
    }

    [Fact]
    public void The_composer_names_what_it_left_out()
    {
        var composed = TopicComposer.Compose(new TopicRecipe(AllWords: "Syria ( truce", NoneWords: "--", Subject: "??"));

        Assert.Equal("Syria truce", composed.Text);
        Assert.Equal(
            [new LeftOutPiece(RecipePart.AllWords, 7, "("), new LeftOutPiece(RecipePart.NoneWords, 1, "--"), new LeftOutPiece(RecipePart.Subject, 1, "??")],
            composed.LeftOut);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("de")]
    [InlineData("it")]
    [InlineData("nl")]
    [InlineData("pt")]
    [InlineData("ar")]
    public void Each_language_says_why_in_its_own_words(string language)
    {
        using var scope = new Languages.PageLanguageScope(language);

        var invisible = TopicBuilderFields.Message(new BuilderFault("all", FreeText.OnlyInvisibleReason, 1));
        var notOffered = TopicBuilderFields.Message(new BuilderFault("in", "must be one of anywhere, headline, body, not \"sideways\"", 0, Malformed: true));

        Assert.Contains(PageStrings.ReasonOnlyInvisible[1..], invisible, StringComparison.Ordinal);
        Assert.Equal(PageStrings.BuilderInNotOffered, notOffered);
        Assert.DoesNotContain("must be one of", notOffered, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Form(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);

    private static Func<string, string?> Field(params (string Part, string Value)[] fields) =>
        part => fields.FirstOrDefault(f => f.Part == part).Value;
}
