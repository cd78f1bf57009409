namespace NewsAlerts.Channels.Tests.Sms;

using System.Globalization;
using System.Text;
using NewsAlerts.Channels.Sms;

/// <summary>
/// Review (s41): Twilio's smart-encoding table turns most Unicode spaces (U+2009 thin, U+202F narrow no-break, U+3000
/// ideographic...) into two spaces and a tab into seven; each space GSM-7 lacks becomes one plain space. Every space
/// separator (Zs) of the Unicode version .NET knows is tried, and the line and paragraph separators.
/// </summary>
public sealed class Every_Unicode_space_becomes_one_GSM_7_space
{
    public static TheoryData<int> Spaces() => [.. SpaceCodePoints()];

    private static List<int> SpaceCodePoints()
    {
        var spaces = new List<int>();
        for (var c = 0; c <= 0x10FFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                spaces.Add(c);
            }
        }

        return spaces;
    }

    [Theory]
    [MemberData(nameof(Spaces))]
    public void A_space_between_two_words_is_one_space(int space)
    {
        var text = $"Code NewsAlerts{char.ConvertFromUtf32(space)}: 123456";

        Assert.Equal("Code NewsAlerts : 123456", GsmTransliterator.Transliterate(text));
    }

    [Theory]
    [InlineData("\t")]
    [InlineData("\v")]
    [InlineData("\u0085")]
    [InlineData("\u0080")]
    [InlineData("\u009B")]
    public void A_tab_or_another_white_space_control_is_one_space(string control) =>
        Assert.Equal("a b", GsmTransliterator.Transliterate($"a{control}b"));

    [Fact]
    public void The_list_holds_every_kind_the_review_named()
    {
        var spaces = SpaceCodePoints();

        Assert.Contains(0x2009, spaces);
        Assert.Contains(0x202F, spaces);
        Assert.Contains(0x3000, spaces);
        Assert.Contains(0x00A0, spaces);
        Assert.Contains(0x1680, spaces);
        Assert.Contains(0x2028, spaces);
        Assert.Contains(0x2029, spaces);
    }

    [Fact]
    public void A_french_code_text_with_narrow_spaces_is_one_segment_of_single_spaces()
    {
        var text = GsmTransliterator.Transliterate("Code\u202FNewsAlerts\u00A0: 123456 «\u2009valable 10\u3000minutes\u2009»");

        Assert.Equal("Code NewsAlerts : 123456 \" valable 10 minutes \"", text);
        Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
        Assert.Equal(SmsEncoding.Gsm7, GsmAlphabet.Measure(text).Encoding);
        Assert.Equal(Encoding.ASCII.GetByteCount(text), text.Length);
    }
}
