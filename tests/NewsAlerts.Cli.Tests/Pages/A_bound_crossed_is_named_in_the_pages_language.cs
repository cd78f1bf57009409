namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.Texts;
using NewsAlerts.Pages.Fields;

/// <summary>
/// Trial r38 #11's kind: a bound's message names the side crossed and the bound. Each such validator reason (a whole
/// number, a topic's urgency and NEAR distance, on both sides) has its own words in every page language, naming the bound.
/// </summary>
public sealed class A_bound_crossed_is_named_in_the_pages_language
{
    [Theory]
    [InlineData("must be a whole number from 1 to 1000 (at least 1)", "1", "at most")]
    [InlineData("must be a whole number from 1 to 1000 (at most 1000)", "1000", "at least")]
    [InlineData("urgency: needs a number from 1 to 9, optionally after <, <=, > or >= (at least 1)", "1", "at most")]
    [InlineData("urgency: needs a number from 1 to 9, optionally after <, <=, > or >= (at most 9)", "9", "at least")]
    [InlineData("NEAR/ needs a distance from 1 to 50 words (at least 1)", "1", "at most")]
    [InlineData("NEAR/ needs a distance from 1 to 50 words (at most 50)", "50", "at least")]
    public void Each_language_words_the_bound_crossed(string reason, string bound, string notInEnglish)
    {
        var english = Words("en", reason);
        Assert.Contains(bound, english, StringComparison.Ordinal);
        Assert.DoesNotContain(notInEnglish, english, StringComparison.Ordinal);
        foreach (var language in TextLanguages.Offered.Where(l => l != "en"))
        {
            var words = Words(language, reason);
            Assert.Contains(bound, words, StringComparison.Ordinal);
            Assert.NotEqual(english, words);
        }
    }

    private static string Words(string language, string reason)
    {
        using var scope = new Languages.PageLanguageScope(language);
        var words = ValidatorReasonWords.Of(reason);
        Assert.NotNull(words);
        return words;
    }
}
