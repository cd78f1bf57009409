namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Manage;

/// <summary>
/// Issue 16: "Get a link to my preferences" reads a number as sign-up does (E.164, or as written in the one country
/// texted), so a person with a number only can ask; errors land on the field they are about, in words.
/// </summary>
public sealed class The_manage_link_form_takes_an_address_a_number_or_both
{
    private static readonly TextablePhones OneCountry = new(["GB"]);
    private static readonly TextablePhones Several = new(["GB", "US", "SG"]);

    [Theory]
    [InlineData("+44 7400 123456")]
    [InlineData("07400 123456")]
    [InlineData("(07400) 123-456")]
    [InlineData("\uFF0B\uFF14\uFF14\u3000\uFF17\uFF14\uFF10\uFF10\u3000\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16")]
    public void A_number_as_a_person_writes_it_in_the_one_country_texted_is_read_in_E164(string typed)
    {
        var form = ManageLinkForm.Read(string.Empty, typed, OneCountry);

        Assert.Empty(form.Errors);
        Assert.Equal("+447400123456", form.Phone);
        Assert.Null(form.Email);
        Assert.Equal(["+447400123456"], form.Contacts);
    }

    [Fact]
    public void With_several_countries_a_number_without_its_country_code_is_refused_on_the_phone_field()
    {
        using var scope = new Languages.PageLanguageScope("en");

        var form = ManageLinkForm.Read(string.Empty, "07400 123456", Several);

        var error = Assert.Single(form.Errors);
        Assert.Equal("phone", error.Field);
        Assert.Empty(form.Contacts);
    }

    [Fact]
    public void An_address_and_a_number_are_both_asked_for_address_first()
    {
        var form = ManageLinkForm.Read("Ana@EXAMPLE.org", "+447400123456", Several);

        Assert.Empty(form.Errors);
        Assert.Equal(["Ana@example.org", "+447400123456"], form.Contacts);
    }

    [Theory]
    [InlineData("+44 20 7946 0000")]
    [InlineData("not a number")]
    [InlineData("+447400123456 ext. 12")]
    public void A_landline_or_what_is_not_a_number_is_refused_and_nothing_is_asked_for(string typed)
    {
        using var scope = new Languages.PageLanguageScope("en");

        var form = ManageLinkForm.Read("ana@example.org", typed, OneCountry);

        Assert.Equal("phone", Assert.Single(form.Errors).Field);
        Assert.Empty(form.Contacts);
    }

    [Fact]
    public void Neither_asks_for_an_address_or_a_number_on_the_email_field()
    {
        using var scope = new Languages.PageLanguageScope("en");

        var form = ManageLinkForm.Read(string.Empty, string.Empty, OneCountry);

        Assert.Equal(new NewsAlerts.Pages.Layout.PageError("email", PageStrings.ManageLinkEmailMissing), Assert.Single(form.Errors));
    }
}
