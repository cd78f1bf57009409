namespace NewsAlerts.Core.Tests.Subscribers;

using System.Text.Json;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

public sealed class Numbers_written_locally_are_read_in_the_one_country_texted
{
    [Theory]
    [InlineData("GB", "07400 123456", "+447400123456")]
    [InlineData("GB", "07400-123-456", "+447400123456")]
    [InlineData("GB", "(07400) 123456", "+447400123456")]
    [InlineData("GB", "7400 123456", "+447400123456")]
    [InlineData("GB", "0044 7400 123456", "+447400123456")]
    [InlineData("GB", "+44 (0)7400 123456", "+447400123456")]
    [InlineData("US", "(415) 555-0132", "+14155550132")]
    [InlineData("US", "415.555.0132", "+14155550132")]
    [InlineData("US", "1 (415) 555-0132", "+14155550132")]
    [InlineData("DE", "0151 12345678", "+4915112345678")]
    [InlineData("DE", "0151/123 456 78", "+4915112345678")]
    [InlineData("FR", "06 12 34 56 78", "+33612345678")]
    [InlineData("SG", "8123 4567", "+6581234567")]
    [InlineData("IE", "085 123 4567", "+353851234567")]
    public void A_number_as_people_write_it_there_is_stored_in_e164(string country, string text, string e164) =>
        Assert.Equal((e164, null), new TextablePhones([country]).Check(text));

    [Theory]
    [InlineData("GB", "(415) 555-0132", "is not a valid phone number for its country code")]
    // Ofcom keeps 07700 900000-900999 for drama: no phone has one, and libphonenumber refuses it in any form, local or +44.
    [InlineData("GB", "07700 900123", "is not a valid phone number for its country code")]
    [InlineData("GB", "+44 7700 900123", "is not a valid phone number for its country code")]
    [InlineData("GB", "020 7946 0000", "is a landline, which cannot receive texts")]
    [InlineData("DE", "030 1234567", "is a landline, which cannot receive texts")]
    [InlineData("GB", "+33 6 12 34 56 78", "is in FR; texts go only to numbers in GB")]
    [InlineData("US", "+44 7400 123456", "is in GB; texts go only to numbers in US")]
    [InlineData("GB", "call me", "is not a phone number")]
    public void A_local_number_that_is_not_a_mobile_of_that_country_is_refused_with_its_reason(string country, string text, string reason)
    {
        var (e164, why) = new TextablePhones([country]).Check(text);

        Assert.Null(e164);
        Assert.StartsWith(reason, why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("07400 123456")]
    [InlineData("085 123 4567")]
    public void With_several_countries_a_number_without_its_country_code_is_refused_naming_them(string text)
    {
        var phones = new TextablePhones(["IE", "GB"]);

        var (e164, why) = phones.Check(text);

        Assert.Null(e164);
        Assert.Equal($"{TextablePhones.NeedsCountryCodeReason} GB, IE", why);
        Assert.Null(phones.LocalCountry);
    }

    [Fact]
    public void With_several_countries_the_international_form_of_each_is_accepted()
    {
        var phones = new TextablePhones(["IE", "GB"]);

        Assert.Equal(("+447400123456", (string?)null), phones.Check("+44 7400 123456"));
        Assert.Equal(("+353851234567", (string?)null), phones.Check("+353 85 123 4567"));
    }

    [Fact]
    public void The_api_sign_up_and_a_contact_change_read_a_local_number_alike()
    {
        var phones = new TextablePhones(["US"]);
        using var json = JsonDocument.Parse("""{"phone":"(415) 555-0132","timeZone":"UTC","topics":["Syria"]}""");

        var signUp = SubscriberRequestParser.ParseSignUp(json.RootElement, phones);
        var change = ContactChanges.Normalise(Channel.Sms, " (415) 555-0132 ", phones);

        Assert.Equal("+14155550132", signUp.Value!.Phone);
        Assert.Equal(("+14155550132", (string?)null), change);
    }

    [Fact]
    public void Examples_are_libphonenumbers_mobile_numbers_in_both_forms()
    {
        Assert.Equal("+44 7400 123456", TextablePhones.ExampleOf("GB"));
        Assert.Equal("07400 123456", TextablePhones.ExampleOf("GB", national: true));
    }
}
