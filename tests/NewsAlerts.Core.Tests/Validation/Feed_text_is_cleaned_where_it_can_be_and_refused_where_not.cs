namespace NewsAlerts.Core.Tests.Validation;

using NewsAlerts.Core.Validation;

/// <summary>
/// The article text rule for a feed, which cannot be asked to fix its text (trial s42 #A: a feed's U+202E and two
/// U+200B reached a subscriber's email the API would have refused): the controls that reorder text and the invisible
/// characters are removed and spaces normalised; what is still not text refuses the item with the API's reason.
/// </summary>
public sealed class Feed_text_is_cleaned_where_it_can_be_and_refused_where_not
{
    [Fact]
    public void The_trials_title_loses_its_override_and_zero_width_spaces()
    {
        var (text, reason) = FreeText.Salvage("Syria truce \u200b\u200bholds 🕊️ in Aleppo \u202eevil", lineBreaks: false);

        Assert.Null(reason);
        Assert.Equal("Syria truce holds 🕊️ in Aleppo evil", text);
    }

    [Theory]
    [InlineData("a\u202Ab\u202C", "ab")] // left-to-right embedding and its pop
    [InlineData("a\u202Bb\u202C", "ab")] // right-to-left embedding
    [InlineData("\u202Dforced\u202C order", "forced order")] // left-to-right override
    [InlineData("\u2066isolated\u2069 \u2067text\u2069 \u2068here\u2069", "isolated text here")] // isolates
    [InlineData("zero\u200b width \u2060joiner \uFEFFbom soft\u00ADhyphen", "zero width joiner bom softhyphen")]
    [InlineData("  spaced \u00a0\u2003 out\t words  ", "spaced out words")] // no-break, em space and tab are one space
    [InlineData("a \u200b b", "a b")] // a removed character between spaces leaves one space
    [InlineData("\u202e\u200b", "")]
    public void Reordering_and_invisible_characters_are_removed_and_spaces_normalised(string given, string expected)
    {
        Assert.Equal((expected, null), FreeText.Salvage(given, lineBreaks: false));
    }

    [Fact]
    public void A_body_keeps_its_lines_and_paragraphs_with_each_lines_spaces_normalised()
    {
        Assert.Equal(
            ("Talks resume.\n\nMore soon, evil.", null),
            FreeText.Salvage("Talks  \u200bresume. \r\n\r\n More soon, \u202eevil.\u202c", lineBreaks: true));
    }

    [Theory]
    [InlineData("bell\u0007 rings", "contains U+0007 (a control character), which is not allowed in text; remove it")]
    [InlineData("private \uE000 glyph", "contains U+E000 (a private-use character), which has no agreed meaning and can show as nothing; remove it")]
    [InlineData("hidden \u2062 times", "contains U+2062 (an invisible formatting character), which can hide text; remove it")]
    [InlineData("tag \U000E0041 text", "contains U+E0041 (an invisible formatting character), which can hide text; remove it")]
    public void What_is_still_not_text_is_refused_with_the_apis_reason(string given, string reason)
    {
        Assert.Equal((null, reason), FreeText.Salvage(given, lineBreaks: true));
    }

    [Fact]
    public void The_joiners_scripts_need_and_the_apis_accepted_text_are_kept()
    {
        const string persian = "\u0622\u062A\u0634\u200C\u0628\u0633 \u0647\u0645\u0686\u0646\u0627\u0646";
        Assert.Equal((persian, null), FreeText.Salvage(persian, lineBreaks: false));
        Assert.Equal(("👨‍👩‍👧 family", null), FreeText.Salvage("👨‍👩‍👧 family", lineBreaks: false));
    }

    [Fact]
    public void Every_text_the_api_refuses_for_reordering_is_salvaged_and_nothing_the_api_refuses_otherwise_is_passed()
    {
        // The API's rule refuses each; the feed's rule removes the reordering ones and refuses the others with the same words.
        foreach (var c in Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => !char.IsSurrogate(c)))
        {
            var text = $"a{c}b";
            var api = FreeText.Clean(text);
            var feed = FreeText.Salvage(text, lineBreaks: false);
            if (FreeText.IsBidiControl(c))
            {
                Assert.NotNull(api.Reason);
                Assert.Equal(("ab", null), feed);
            }
            else if (api.Reason is not null && !char.IsWhiteSpace(c))
            {
                Assert.Equal((null, api.Reason), feed);
            }
        }
    }
}
