namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Pages.Confirm;
using NewsAlerts.Pages.Layout;

public sealed class A_typed_code_and_a_summary_line_read_as_a_person_wrote_them
{
    [Theory]
    [InlineData("217 282", "217282")]
    [InlineData(" 217-282 ", "217282")]
    [InlineData("217\u2013282", "217282")]
    [InlineData("2 1 7\u00a02 8 2", "217282")]
    [InlineData("217x282", "217x282")]
    [InlineData(null, "")]
    [InlineData("\u2066325862\u2069", "325862")] // copied from an Arabic text: its code sits in a left-to-right isolate (trial r31b)
    [InlineData("\u200f325862\u200e", "325862")]
    [InlineData("325\u200b862\ufeff", "325862")]
    [InlineData("\u0663\u0662\u0665\u0668\u0666\u0662", "325862")] // Arabic-Indic digits, as an Arabic keyboard types them
    [InlineData("\u06f3\u06f2\u06f5\u06f8\u06f6\u06f2", "325862")] // Extended Arabic-Indic (Persian, Urdu keyboards)
    [InlineData("\uff13\uff12\uff15\uff18\uff16\uff12", "325862")] // full-width digits
    [InlineData("\u2066217x282\u2069", "217x282")]
    public void Spaces_dashes_and_invisible_marks_are_dropped_and_digits_read_as_ascii(string? typed, string expected) =>
        Assert.Equal(expected, TypedCodes.Normalised(typed));

    [Theory]
    [InlineData("217282", true)]
    [InlineData("000000", true)]
    [InlineData("abc", false)]
    [InlineData("12345", false)]
    [InlineData("1234567", false)]
    [InlineData("12a456", false)]
    [InlineData("١٢٣٤٥٦", false)] // Arabic-Indic digits before Normalised, which writes them as ASCII
    [InlineData("１２３４５６", false)] // full-width digits
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_six_ascii_digits_have_the_shape_of_a_texted_code(string? normalised, bool shaped) =>
        Assert.Equal(shaped, TypedCodes.IsSixDigits(normalised));

    [Fact]
    public void A_summary_line_names_its_field_and_an_unknown_field_keeps_the_message_alone()
    {
        Assert.Equal("Emails a day: Must be a whole number", FieldLabels.SummaryLine(new PageError("capEmail", "Must be a whole number")));
        Assert.Equal("Texts a day: Must be a whole number", FieldLabels.SummaryLine(new PageError("capSms", "Must be a whole number")));
        Assert.Equal("Quiet hours until: Must differ from start", FieldLabels.SummaryLine(new PageError("quietEnd", "Must differ from start")));
        Assert.Equal("Something", FieldLabels.SummaryLine(new PageError("headline", "Something")));
        // One rule (issue 16): the visible label leads even when the message names its subject already.
        Assert.Equal("Quiet hours until: Quiet hours end must differ from quiet hours start", FieldLabels.SummaryLine(new PageError("quietEnd", "Quiet hours end must differ from quiet hours start")));
        Assert.Equal("All of these words: Unclosed quote (column 1 of this field)", FieldLabels.SummaryLine(new PageError("topic-0-all", "Unclosed quote (column 1 of this field)")));
    }
}
