namespace NewsAlerts.Core.Tests.Words;

using NewsAlerts.Core.Words;

public sealed class Phone_numbers_read_as_people_write_them
{
    [Theory]
    [InlineData("+447400333444", "+44 7400 333444")] // the number a person trying the product saw raw
    [InlineData("+12025550148", "+1 202-555-0148")]
    [InlineData("+33612345678", "+33 6 12 34 56 78")]
    [InlineData("+4915123456789", "+49 1512 3456789")]
    [InlineData("+6591234567", "+65 9123 4567")]
    [InlineData("+5491123456789", "+54 9 11 2345-6789")]
    public void A_stored_number_is_grouped_by_its_countrys_rules(string e164, string grouped) =>
        Assert.Equal(grouped, PhoneWords.Grouped(e164));

    [Theory]
    [InlineData("+44***89")] // ContactChangeNotices.Mask: a masked number stays masked
    [InlineData("+44 7400 333444")] // already grouped
    [InlineData("12345")] // a short code
    [InlineData("+")]
    [InlineData("+999123")] // no such country code
    [InlineData("")]
    public void Anything_but_a_whole_plus_number_is_left_as_given(string value) =>
        Assert.Equal(value, PhoneWords.Grouped(value));

    [Fact]
    public void No_number_stays_no_number() => Assert.Null(PhoneWords.Grouped(null));
}
