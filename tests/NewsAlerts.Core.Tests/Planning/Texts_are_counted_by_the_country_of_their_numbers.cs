namespace NewsAlerts.Core.Tests.Planning;

using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;

public sealed class Texts_are_counted_by_the_country_of_their_numbers
{
    private static Subscriber Texted(string id, string? phone, bool welcomed) =>
        new(id, null, ContactStatus.None, phone, ContactStatus.Confirmed, "UTC", [], 9, DateTimeOffset.UnixEpoch, SmsWelcomed: welcomed);

    [Fact]
    public void Numbers_are_grouped_by_region_with_their_calling_code_and_first_texts()
    {
        var counts = SmsCountries.Count(
        [
            Texted("a", "+447400123456", welcomed: true),
            Texted("b", "+447400123457", welcomed: false),
            Texted("c", "+6581234567", welcomed: true),
        ]);

        Assert.Equal([new SmsCountryCount("GB", 44, 2, 1), new SmsCountryCount("SG", 65, 1, 0)], counts);
    }

    [Fact]
    public void A_number_libphonenumber_cannot_read_counts_as_unknown()
    {
        var counts = SmsCountries.Count([Texted("a", "not a number", welcomed: true), Texted("b", null, welcomed: true)]);

        Assert.Equal([new SmsCountryCount(SmsCountries.Unknown, 0, 2, 0)], counts);
    }

    [Fact]
    public void North_american_numbers_share_a_calling_code_but_not_a_region()
    {
        Assert.Equal(("US", 1), SmsCountries.RegionOf("+12025550123"));
        Assert.Equal(("CA", 1), SmsCountries.RegionOf("+14165550123"));
    }
}
