using System.Globalization;
using System.Text;
using NewsAlerts.Matching.Explanations;

namespace NewsAlerts.Matching.Tests.Explanations;

/// <summary>
/// A worded reason travels once per recipient in every batch message, so it is capped at
/// <see cref="MatchWords.MaxLength"/> characters; the cut falls between words, or between user-perceived characters in
/// a script without spaces, with "…", and never splits a surrogate pair, a letter from its combining marks, or an
/// emoji sequence (ZWJ family, flag, tag flag).
/// </summary>
public sealed class A_worded_reason_is_capped_and_stays_valid_text
{
    private const string Family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
    private const string England = "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F";
    private const string Syria = "\U0001F1F8\U0001F1FE";

    public static TheoryData<string, string> Texts() => new()
    {
        { "Latin", Repeat("Leaders agree a truce in Gaza after long talks in Cairo. ", 10) },
        { "Arabic with vowel marks", Repeat("اتَّفَقَ القادةُ على هُدنةٍ في غزةَ بعدَ محادثاتٍ طويلةٍ في القاهرةِ ", 10) },
        { "Arabic without spaces near the cut", "هدنة " + new string('ب', 120) + "\u064E\u0651" + new string('ت', 120) },
        { "Chinese", Repeat("领导人同意在加沙停火经过在开罗的长时间谈判", 20) },
        { "emoji ZWJ sequences", Repeat(Family, 60) },
        { "tag flags", Repeat(England, 40) },
        { "regional indicator flags", Repeat(Syria, 120) },
        { "Devanagari", Repeat("नेताओं ने काहिरा में लंबी बातचीत के बाद गाज़ा में युद्धविराम पर सहमति जताई ", 10) },
        { "combining marks on Latin", Repeat("e\u0301\u0302\u0303", 100) },
        { "one long token", "https://example.com/" + new string('x', 400) },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_long_reason_is_cut_on_a_boundary_with_an_ellipsis(string script, string text)
    {
        var capped = CappedText.Of(text, MatchWords.MaxLength);

        Assert.True(capped.Length <= MatchWords.MaxLength, $"{script}: {capped.Length} characters");
        Assert.EndsWith(CappedText.Ellipsis, capped, StringComparison.Ordinal);
        var head = capped[..^CappedText.Ellipsis.Length];
        Assert.NotEmpty(head);
        Assert.StartsWith(head, text, StringComparison.Ordinal);
        Assert.Contains(head.Length, Boundaries(text));
        // And by a second reading that knows only the characters: what follows the cut does not attach to what precedes it.
        var next = Rune.GetRuneAt(text, head.Length);
        Assert.False(char.IsLowSurrogate(text[head.Length]), $"{script}: a surrogate pair split");
        Assert.False(Rune.GetUnicodeCategory(next) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark, $"{script}: a mark cut from its letter");
        Assert.False(next.Value is 0x200D or (>= 0xE0020 and <= 0xE007F) || head.EndsWith('\u200D'), $"{script}: an emoji sequence split");
        // Valid UTF-16 throughout: a strict UTF-8 encoder refuses a lone surrogate.
        _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(capped);
    }

    [Theory]
    [InlineData("Syria talks resume")]
    [InlineData("")]
    public void A_short_reason_is_left_as_it_is(string text) =>
        Assert.Same(text, CappedText.Of(text, MatchWords.MaxLength));

    [Fact]
    public void Latin_is_cut_between_words()
    {
        var capped = CappedText.Of(Repeat("Leaders agree a truce in Gaza after long talks in Cairo. ", 10), 40);

        Assert.Equal("Leaders agree a truce in Gaza after…", capped);
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    // Every index between two extended grapheme clusters, and the ends.
    private static HashSet<int> Boundaries(string text) => [.. StringInfo.ParseCombiningCharacters(text), text.Length];
}
