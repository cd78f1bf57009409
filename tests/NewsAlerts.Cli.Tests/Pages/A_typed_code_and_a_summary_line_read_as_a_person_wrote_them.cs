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
    public void Spaces_and_dashes_are_dropped_and_nothing_else(string? typed, string expected) =>
        Assert.Equal(expected, TypedCodes.Normalised(typed));

    [Fact]
    public void A_summary_line_names_its_field_and_an_unknown_field_keeps_the_message_alone()
    {
        Assert.Equal("Emails a day: Must be a whole number", FieldLabels.SummaryLine(new PageError("capEmail", "Must be a whole number")));
        Assert.Equal("Texts a day: Must be a whole number", FieldLabels.SummaryLine(new PageError("capSms", "Must be a whole number")));
        Assert.Equal("Quiet hours until: Must differ from start", FieldLabels.SummaryLine(new PageError("quietEnd", "Must differ from start")));
        Assert.Equal("Something", FieldLabels.SummaryLine(new PageError("headline", "Something")));
    }
}
