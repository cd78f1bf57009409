namespace NewsAlerts.Core.Tests.Privacy;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Privacy;

/// <summary>
/// Issue 17 review: the console masked numbers written without a country code only as GB and US write them, so a number
/// of another country we text (IE <c>087 123 4567</c>, FR <c>06 12 34 56 78</c>) in a topic or a failure reason was shown
/// whole. The mask reads national formats of every country of <c>Sms:AllowedCountries</c> (<see cref="ContactMask"/>),
/// and ids, queue ids and timestamps stay readable.
/// </summary>
public sealed class National_numbers_of_every_country_texted_are_masked
{
    private static readonly string[] Texted = ["GB", "US", "IE", "FR", "DE", "ES", "IT", "NL", "PT", "SG", "AU"];

    private static readonly ContactMask Mask = new(Texted);

    [Theory]
    [InlineData("IE", "ring 087 123 4567", "ring 087*******67")]
    [InlineData("FR", "appel 06 12 34 56 78", "appel 06 *********78")]
    [InlineData("DE", "Handy 0151 23456789", "Handy 015********89")]
    [InlineData("ES", "móvil 612 34 56 78", "móvil 612*******78")]
    [InlineData("IT", "cell 312 345 6789", "cell 312*******89")]
    [InlineData("NL", "mobiel 06 12345678", "mobiel 06 ******78")]
    [InlineData("PT", "telemóvel 912 345 678", "telemóvel 912******78")]
    [InlineData("SG", "hp 8123 4567", "hp 812****67")]
    [InlineData("AU", "mob 0412 345 678", "mob 041*******78")]
    public void A_national_number_of_a_country_texted_is_masked(string country, string text, string masked)
    {
        Assert.Equal(masked, Mask.Mask(text));
        Assert.Equal(masked, new ContactMask([country]).Mask(text));
    }

    [Theory]
    [InlineData("ring 087 123 4567")]
    [InlineData("appel 06 12 34 56 78")]
    public void Read_as_gb_and_us_alone_these_were_shown_whole(string text) => Assert.Equal(text, ContactMask.Default.Mask(text));

    [Theory]
    [InlineData("Twilio error 21211: invalid 'To' number")]
    [InlineData("article 12345678 failed")]
    [InlineData("550 5.1.1 mailbox unavailable; queue id 20261201123456")]
    [InlineData("article urn:newsml:example.com:20261201:12345678 v3")]
    [InlineData("sent at 2026-12-01T12:34:56Z, 1733054400000 ms after the epoch")]
    [InlineData("dead-lettered after 10 attempts; 4815162342 bytes")]
    [InlineData("550 5.7.1 client [192.168.100.200] blocked")]
    [InlineData("held: daily cap of 3 reached")]
    public void Ids_queue_ids_and_timestamps_stay_readable(string text) => Assert.Equal(text, Mask.Mask(text));

    [Fact]
    public void Gb_and_us_stay_read_whatever_is_configured() =>
        Assert.Equal(["GB", "US", "IE"], new ContactMask([" ie", "GB"]).Regions);

    [Fact]
    public void A_failure_reason_in_the_delivery_tally_is_masked_with_the_countries_texted()
    {
        var row = new LedgerEntry("s1", Channel.Sms, LedgerState.Failed, "Carrier refused 087 123 4567", null);

        var (reason, _) = Assert.Single(DeliveryTally.Of(Channel.Sms, [row], planned: 1, mask: new ContactMask(["IE"])).Reasons);

        Assert.Equal("Failed: Carrier refused 087*******67", reason);
    }

    [Fact]
    public void A_failure_reason_in_the_digest_tally_is_masked_with_the_countries_texted()
    {
        var now = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        var entry = new DigestEntry("s1", now.AddHours(-1), "urn:a", null, "reason", now.AddHours(-2));
        var row = new LedgerEntry("s1", Channel.Email, LedgerState.Failed, "refused, call 06 12 34 56 78", null);

        var tally = DigestDeliveryTally.Of([entry], _ => row, now, partial: false, mask: new ContactMask(["FR"]));

        Assert.Contains(tally.Reasons, r => r.Key == "Failed: refused, call 06 *********78");
    }
}
