namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;
using NewsAlerts.Pages.Fields;

public sealed class Phone_fields_say_how_to_write_a_number_for_the_countries_texted
{
    [Fact]
    public void With_one_country_the_hint_shows_a_number_as_written_there() =>
        Assert.Equal(
            "A mobile number in the United Kingdom, written as usual there (e.g. 07400 123456) or with the country code. Texts are only for urgent news.",
            PhoneHints.For(["GB"]));

    [Fact]
    public void With_several_countries_the_hint_names_them_and_asks_for_the_plus_form() =>
        Assert.Equal(
            "We text numbers in the United Kingdom and Ireland; start with + and the country code, e.g. +44 7400 123456. Texts are only for urgent news.",
            PhoneHints.For(["GB", "IE"]));

    [Fact]
    public void A_number_without_its_country_code_among_several_countries_gets_the_same_words_as_an_error()
    {
        var (_, reason) = new TextablePhones(["GB", "IE", "US"]).Check("07400 123456");

        var error = FormFields.Errors([new FieldError("phone", reason!)], []).Single();

        Assert.Equal("phone", error.Field);
        Assert.Equal("We text numbers in the United Kingdom, Ireland and the United States; start with + and the country code, e.g. +44 7400 123456", error.Message);
    }
}
