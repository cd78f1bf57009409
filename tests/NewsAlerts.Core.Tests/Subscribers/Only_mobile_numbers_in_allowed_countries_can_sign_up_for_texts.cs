namespace NewsAlerts.Core.Tests.Subscribers;

using System.Text.Json;
using NewsAlerts.Core.Subscribers;

public sealed class Only_mobile_numbers_in_allowed_countries_can_sign_up_for_texts
{
    private static readonly TextablePhones Phones = new(["GB", "US", "SG"]);

    [Theory]
    [InlineData("+447400123456", "+447400123456")]
    [InlineData("+44 7123 456789", "+447123456789")]
    [InlineData("+1 650-253-0000", "+16502530000")]
    [InlineData("+65 8123 4567", "+6581234567")]
    public void Mobile_numbers_in_allowed_countries_are_accepted_in_e164(string text, string e164) =>
        Assert.Equal((e164, null), Phones.Check(text));

    [Theory]
    [InlineData("+44 20 7946 0000", "a landline")]
    [InlineData("+44 906 123 4567", "a premium-rate number")]
    [InlineData("+44 800 123 4567", "a toll-free number")]
    [InlineData("+44 56 1234 5678", "a VoIP number")]
    [InlineData("+44 7640 123456", "a pager number")]
    [InlineData("+44 70 1234 5678", "a personal (forwarding) number")]
    [InlineData("+44 55 1234 5678", "a company number (UAN)")]
    [InlineData("+1 800 555 0199", "a toll-free number")]
    public void Numbers_that_cannot_receive_texts_are_refused_by_type(string text, string kind)
    {
        var (e164, reason) = Phones.Check(text);

        Assert.Null(e164);
        Assert.StartsWith($"is {kind}, which cannot receive texts", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+33 6 12 34 56 78", "is in FR")]
    [InlineData("+49 151 23456789", "is in DE")]
    // +44 is shared: Guernsey, Jersey and the Isle of Man have their own ISO codes (GG, JE, IM), so GB alone excludes them.
    [InlineData("+44 7911 123456", "is in GG")]
    [InlineData("+881 6 1234 5678", "is not in any country")]
    public void Numbers_outside_the_allowed_countries_are_refused_naming_the_allowed_ones(string text, string where)
    {
        var (e164, reason) = Phones.Check(text);

        Assert.Null(e164);
        Assert.Equal($"{where}; texts go only to numbers in GB, SG, US", reason);
    }

    [Fact]
    public void A_sign_up_with_a_premium_rate_number_names_phone()
    {
        using var json = JsonDocument.Parse("""{"phone":"+44 906 123 4567","timeZone":"UTC","topics":["Syria"]}""");

        var parsed = SubscriberRequestParser.ParseSignUp(json.RootElement, Phones);

        Assert.False(parsed.IsValid);
        Assert.Contains(parsed.Errors, e => e.Field == "phone" && e.Reason.Contains("premium-rate", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("GB, US, SG", new[] { "GB", "US", "SG" })]
    [InlineData("gb;us sg,,", new[] { "GB", "US", "SG" })]
    public void The_country_list_reads_commas_spaces_and_any_case(string text, string[] codes) =>
        Assert.Equal(codes, TextablePhones.ParseCountries(text).Countries);

    [Theory]
    [InlineData(null, "is missing")]
    [InlineData(" ", "is missing")]
    [InlineData("GB, UK, XX", "names UK, XX, which are not country codes")]
    public void A_country_list_that_names_no_country_is_refused(string? text, string reason)
    {
        var (countries, why) = TextablePhones.ParseCountries(text);

        Assert.Null(countries);
        Assert.StartsWith(reason, why, StringComparison.Ordinal);
    }
}
