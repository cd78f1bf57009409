namespace NewsAlerts.Cli.Tests.Pages.Languages;

using NewsAlerts.Pages.Fields;

/// <summary>
/// Trial r36 #15: topic errors on English pages quoted the typed value with ASCII single quotes
/// (<c>Line 1: '🦊' has no letters…</c>) where the README promises CLDR's quotes (English: “ and ”).
/// </summary>
public sealed class English_errors_quote_typed_words_with_curly_quotes
{
    [Theory]
    [InlineData("'\U0001F98A' has no letters or digits", "\u201C\u2068\U0001F98A\u2069\u201D has no letters or digits")]
    [InlineData("unexpected '#'", "unexpected \u201C\u2068#\u2069\u201D")]
    [InlineData("unexpected ')' with no matching '('", "unexpected \u201C)\u201D with no matching \u201C(\u201D")]
    [InlineData("'*' is allowed only at the end of a word, as a prefix wildcard", "\u201C*\u201D is allowed only at the end of a word, as a prefix wildcard")]
    public void The_trials_reason_reads_with_english_quotes(string reason, string shown)
    {
        using var scope = new PageLanguageScope("en");

        var words = ValidatorReasonWords.Of(reason);

        Assert.Equal(shown, words);
        Assert.DoesNotContain('\'', words!);
    }
}
