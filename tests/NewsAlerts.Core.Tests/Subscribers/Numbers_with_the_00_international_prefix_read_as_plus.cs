namespace NewsAlerts.Core.Tests.Subscribers;

using NewsAlerts.Core.Subscribers;

/// <summary>
/// Trial r34 #7: "0044 7400 123457" was refused with "start with + and the country code" where several countries are
/// texted. A leading 00, the international call prefix ITU-T recommends, reads as + in every phone field; a national
/// form is still refused where several countries are texted.
/// </summary>
public sealed class Numbers_with_the_00_international_prefix_read_as_plus
{
    private static readonly TextablePhones Several = new(["GB", "FR", "DE", "US"]);

    [Theory]
    [InlineData("0044 7400 123457", "+447400123457")]
    [InlineData("0033 6 12 34 56 78", "+33612345678")]
    [InlineData("0049 151 23456789", "+4915123456789")]
    [InlineData("001 201 555 0123", "+12015550123")]
    [InlineData("  0044-7400-123457", "+447400123457")]
    [InlineData("٠٠٤٤٧٤٠٠١٢٣٤٥٧", "+447400123457")]
    [InlineData("００４４７４００１２３４５７", "+447400123457")]
    public void A_number_with_00_is_read_as_with_plus_where_several_countries_are_texted(string typed, string e164) =>
        Assert.Equal((e164, (string?)null), Several.Check(typed));

    [Fact]
    public void The_api_reader_of_international_numbers_reads_00_as_plus() =>
        Assert.Equal("+447400123457", ContactValidation.Phone("0044 7400 123457").E164);

    [Theory]
    [InlineData("07400 123457")]
    [InlineData("06 12 34 56 78")]
    [InlineData("0 7400 123457")]
    public void A_national_form_is_still_refused_where_several_countries_are_texted(string typed)
    {
        var (e164, reason) = Several.Check(typed);

        Assert.Null(e164);
        Assert.StartsWith(TextablePhones.NeedsCountryCodeReason, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0081 90 1234 5678", "is in JP; texts go only to numbers in DE, FR, GB, US")]
    [InlineData("0044 20 7946 0000", "is a landline, which cannot receive texts; give a mobile number")]
    [InlineData("00+44 7400 123457", "has more than one +; write a single + before the country code")]
    public void A_00_number_is_checked_as_any_international_one(string typed, string reason) =>
        Assert.Equal(((string?)null, reason), Several.Check(typed));

    [Theory]
    [InlineData("0044 7400 123457", "+44 7400 123457")]
    [InlineData(" 0033 6", " +33 6")]
    [InlineData("07400", "07400")]
    [InlineData("+0044", "+0044")]
    [InlineData("", "")]
    public void Only_a_leading_00_becomes_plus(string typed, string read) =>
        Assert.Equal(read, ContactValidation.PhoneText(typed));
}

/// <summary>
/// Trial r35 #7: "(0044) 7400 591184" was refused with "has no country code". An international prefix or country code
/// in brackets, as E.123 writes optional parts, reads as + and the country code.
/// </summary>
public sealed class Numbers_with_a_bracketed_country_code_read_as_plus
{
    private static readonly TextablePhones Several = new(["GB", "FR", "DE", "US"]);

    [Theory]
    [InlineData("(0044) 7400 591184", "+447400591184")]
    [InlineData("(+44) 7400 591184", "+447400591184")]
    [InlineData("+(44) 7400 591184", "+447400591184")]
    [InlineData("00 (44) 7400 591184", "+447400591184")]
    [InlineData(" ( 0044 ) 7400-591184", "+447400591184")]
    [InlineData("[+44] 7400 591184", "+447400591184")]
    [InlineData("(0033) 6 12 34 56 78", "+33612345678")]
    [InlineData("(001) 201 555 0123", "+12015550123")]
    [InlineData("(٠٠٤٤) ٧٤٠٠ ٥٩١١٨٤", "+447400591184")]
    public void A_bracketed_prefix_or_country_code_is_read_as_plus(string typed, string e164) =>
        Assert.Equal((e164, (string?)null), Several.Check(typed));

    [Theory]
    [InlineData("(07400) 591184")]
    [InlineData("(0) 7400 591184")]
    public void A_bracketed_national_part_is_still_national(string typed) =>
        Assert.StartsWith(TextablePhones.NeedsCountryCodeReason, Several.Check(typed).Reason, StringComparison.Ordinal);

    [Fact]
    public void The_api_reader_takes_the_trials_number() =>
        Assert.Equal("+447400591184", ContactValidation.Phone("(0044) 7400 591184").E164);
}
