namespace NewsAlerts.Matching.Tests.Composition;

using NewsAlerts.Matching.Composition;

/// <summary>The builder's rows written as topics: what a person typed, literally, and accepted by the parser.</summary>
public sealed class TopicComposerTests
{
    [Theory]
    [InlineData("Syria ceasefire", null, null, null, TopicScope.Anywhere, null, "Syria ceasefire", "syria AND ceasefire")]
    [InlineData("Syria", "peace talks", "truce, armistice, cessation of hostilities", "football", TopicScope.Anywhere, null,
        "Syria \"peace talks\" (truce OR armistice OR \"cessation of hostilities\") -football",
        "syria AND \"peace talks\" AND (truce OR armistice OR \"cessation of hostilities\") AND NOT football")]
    [InlineData(null, null, "truce ceasefire", null, TopicScope.Headline, null, "headline:((truce OR ceasefire))", "headline:truce OR headline:ceasefire")]
    [InlineData("Syria", null, null, "football tennis", TopicScope.Body, "armed conflict", "body:(Syria -football -tennis) subject:\"armed conflict\"",
        "body:syria AND NOT body:football AND NOT body:tennis AND subject:\"armed conflict\"")]
    [InlineData(null, "  \"air strike\"  ", null, null, TopicScope.Anywhere, null, "\"air strike\"", "\"air strike\"")]
    public void A_recipe_is_written_in_the_topic_language_and_parses(
        string? all, string? phrase, string? any, string? none, TopicScope scope, string? subject, string expected, string normalized)
    {
        var composed = TopicComposer.Compose(new TopicRecipe(all, phrase, any, none, scope, subject));

        Assert.Equal(expected, composed.Text);
        var parsed = composed.Parse();
        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal(normalized, parsed.NormalizedText);
    }

    [Theory]
    [InlineData("O\"Brien", "\"O Brien\"")]
    [InlineData("\"Syria\"", "\"Syria\"")]
    [InlineData("AND OR NOT NEAR NEAR/5", "and or not near near/5")]
    [InlineData("headline:Syria", "\"headline:Syria\"")]
    [InlineData("-football =talk ceasefire* (x) y)", "\"-football\" \"=talk\" \"ceasefire*\" \"(x)\" \"y)\"")]
    [InlineData("Путин 快乐 東京都 السلام", "Путин 快乐 東京都 السلام")]
    [InlineData("Zürich ! ... Syria's", "Zürich Syria's")]
    public void Words_the_language_would_read_as_syntax_are_taken_literally(string all, string expected)
    {
        var composed = TopicComposer.Compose(new TopicRecipe(AllWords: all));

        Assert.Equal(expected, composed.Text);
        Assert.True(composed.Parse().Success, composed.Parse().Error);
    }

    [Fact]
    public void A_recipe_asking_for_nothing_composes_nothing()
    {
        Assert.True(TopicComposer.Compose(new TopicRecipe("  ", "\"\"", ", ,", "!!!", TopicScope.Headline, " ")).IsEmpty);
    }

    // Issue 16: "none=war" alone was blamed on the words to find, a field the person left empty; the error is at the
    // field they filled, at its first word's column.
    [Theory]
    [InlineData("football", TopicScope.Anywhere, 1)]
    [InlineData("football", TopicScope.Headline, 1)]
    [InlineData("football", TopicScope.Body, 1)]
    [InlineData("   football tennis", TopicScope.Anywhere, 4)]
    [InlineData("!!! football", TopicScope.Headline, 5)]
    public void Excluded_words_alone_are_refused_at_the_excluded_words(string none, TopicScope scope, int column)
    {
        var composed = TopicComposer.Compose(new TopicRecipe(NoneWords: none, Scope: scope));
        var parsed = composed.Parse();

        Assert.False(parsed.Success);
        Assert.Equal((RecipePart.NoneWords, column), composed.Locate(parsed.Column));
    }

    [Fact]
    public void An_error_before_every_piece_points_at_the_first_field_filled_and_nothing_filled_at_the_words_to_find()
    {
        var phraseFirst = TopicComposer.Compose(new TopicRecipe(Phrase: "  cease fire", NoneWords: "war", Scope: TopicScope.Headline));

        Assert.Equal((RecipePart.Phrase, 3), phraseFirst.Locate(1));
        Assert.Equal((RecipePart.AllWords, 1), TopicComposer.Compose(new TopicRecipe()).Locate(1));
    }

    [Fact]
    public void An_error_points_at_the_field_and_column_it_came_from()
    {
        var composed = TopicComposer.Compose(new TopicRecipe(AllWords: "Syria", AnyWords: "truce, ̀́"));
        var parsed = composed.Parse();

        // A combining mark alone is no letter to fold: dropped by the composer, so the topic parses.
        Assert.True(parsed.Success, parsed.Error);

        var composedTooLong = TopicComposer.Compose(new TopicRecipe(AllWords: "Syria", NoneWords: "a " + string.Join(' ', Enumerable.Repeat("football", 120))));
        var tooLong = composedTooLong.Parse();
        Assert.False(tooLong.Success);
        Assert.Equal(RecipePart.NoneWords, composedTooLong.Locate(tooLong.Column).Part);
    }
}
