namespace NewsAlerts.Core.Tests.Validation;

using NewsAlerts.Core.Validation;

/// <summary>
/// <see cref="FreeText.Check"/> gives the index of the character it refuses, so the topic builder's preview can name
/// the column (issue 16: <c>/api/topics/compose</c> took a NUL the sign-up refuses).
/// </summary>
public sealed class Free_text_points_at_the_first_refused_character
{
    [Theory]
    [InlineData("Syria\u0000", 5, "U+0000")]
    [InlineData("\u0000", 0, "U+0000")]
    [InlineData("ab\u202Ecd\u0000", 2, "U+202E")]
    [InlineData("a\u200Bb\u0007", 3, "U+0007")] // a removed character still counts where the person typed it
    [InlineData("ok\U000E0041", 2, "U+E0041")]
    public void The_index_is_the_first_refused_characters_place_in_the_text_as_typed(string text, int index, string named)
    {
        var (kept, reason, at) = FreeText.Check(text);

        Assert.Null(kept);
        Assert.Equal(index, at);
        Assert.Contains(named, reason, StringComparison.Ordinal);
        Assert.Equal(reason, FreeText.Clean(text).Reason);
    }

    [Fact]
    public void A_lone_surrogate_is_refused_at_its_index()
    {
        // Built in code: an attribute's string cannot hold a lone surrogate (it becomes U+FFFD).
        var text = "x" + (char)0xD800 + "y";

        var (kept, reason, at) = FreeText.Check(text);

        Assert.Equal((null, 1), (kept, at));
        Assert.Contains("U+D800", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Syria", "Syria")]
    [InlineData("cease\u200Bfire", "ceasefire")]
    [InlineData("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")]
    [InlineData("", "")]
    public void Accepted_text_has_no_index_and_is_cleaned_as_Clean_cleans_it(string text, string expected)
    {
        var (kept, reason, at) = FreeText.Check(text);

        Assert.Equal((expected, null, -1), (kept, reason, at));
    }
}
