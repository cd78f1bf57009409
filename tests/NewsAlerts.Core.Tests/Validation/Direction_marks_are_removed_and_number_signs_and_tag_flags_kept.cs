namespace NewsAlerts.Core.Tests.Validation;

using NewsAlerts.Core.Validation;

/// <summary>
/// Arabic, Hebrew and Persian copy from newsroom systems carries the direction marks LRM, RLM and ALM around numbers and
/// punctuation: free text drops them instead of refusing the article. The controls that can reorder or hide text stay
/// refused; the Arabic number signs and the emoji tag sequences of flags are characters of the text and are kept.
/// </summary>
public sealed class Direction_marks_are_removed_and_number_signs_and_tag_flags_kept
{
    private const string England = "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F";
    private const string Scotland = "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F";

    [Theory]
    // Arabic headline with RLM after a Latin name and LRM around a number; Hebrew with RLM; Persian with ALM and ZWNJ.
    [InlineData("\u0642\u0645\u0629 G20\u200F \u0641\u064A \u0627\u0644\u0631\u064A\u0627\u0636 \u200E2025\u200E", "\u0642\u0645\u0629 G20 \u0641\u064A \u0627\u0644\u0631\u064A\u0627\u0636 2025")]
    [InlineData("\u05D4\u05E4\u05E1\u05E7\u05EA \u05D0\u05E9 \u05D1-48\u200F \u05E9\u05E2\u05D5\u05EA", "\u05D4\u05E4\u05E1\u05E7\u05EA \u05D0\u05E9 \u05D1-48 \u05E9\u05E2\u05D5\u05EA")]
    [InlineData("\u0622\u062A\u0634\u200C\u0628\u0633\u0020\u061C\u06F4\u06F8\u061C \u0633\u0627\u0639\u062A\u0647", "\u0622\u062A\u0634\u200C\u0628\u0633 \u06F4\u06F8 \u0633\u0627\u0639\u062A\u0647")]
    [InlineData("\u200E\u200F\u061C", "")]
    public void LRM_RLM_and_ALM_are_removed_and_the_rest_kept_as_typed(string text, string expected)
    {
        Assert.Equal((expected, null), FreeText.Clean(text));
        Assert.Equal((expected, null, -1), FreeText.Check(text, lineBreaks: true));
    }

    [Theory]
    [InlineData("\u0600\u0661\u0662\u0663")] // Arabic number sign spanning ١٢٣
    [InlineData("\u0601\u0661\u0669\u0668\u0660")] // Arabic sign sanah (year)
    [InlineData("\u0602\u0661")]
    [InlineData("\u0603\u0665")] // Arabic sign safha (page)
    [InlineData("\u0604\u0661")]
    [InlineData("\u0605\u0661")]
    [InlineData("\u06DD\u0661\u0662")] // end of ayah
    [InlineData("\u08E2\u0661")] // disputed end of ayah
    [InlineData("\u0890\u0661")] // pound mark above
    [InlineData("\U000110BD\U000110E6")] // Kaithi number sign
    [InlineData("England " + England + " beat Scotland " + Scotland)]
    [InlineData(England + England)]
    [InlineData("\U0001F3F4 black flag alone")]
    public void Number_signs_and_flag_tag_sequences_are_kept(string text) =>
        Assert.Equal((text, null), FreeText.Clean(text));

    [Theory]
    [InlineData("\u0642\u0645\u0629\u202E2025", "U+202E")]
    [InlineData("\u202Dceasefire", "U+202D")]
    [InlineData("\u05D0\u202B\u05D1", "U+202B")]
    [InlineData("x\u2066y\u2069", "U+2066")]
    [InlineData("x\u2067y", "U+2067")]
    [InlineData("x\u2068y", "U+2068")]
    [InlineData("x\u2069", "U+2069")]
    // Tag characters outside a flag's sequence can smuggle hidden ASCII.
    [InlineData("truce\U000E0041\U000E0042", "U+E0041")]
    [InlineData("\U0001F3F4\U000E0067\U000E0062", "U+E0067")] // no cancel tag
    [InlineData("\U0001F3F4\U000E007F", "U+E007F")] // no tag spec
    [InlineData("\u2764\U000E0067\U000E007F", "U+E0067")] // not after the black flag
    public void Controls_that_reorder_or_hide_text_are_still_refused(string text, string named)
    {
        var (kept, reason) = FreeText.Clean(text);

        Assert.Null(kept);
        Assert.Contains(named + " (", reason, StringComparison.Ordinal);
    }
}
