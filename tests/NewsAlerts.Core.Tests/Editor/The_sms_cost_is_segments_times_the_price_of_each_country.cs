namespace NewsAlerts.Core.Tests.Editor;

using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Planning;

public sealed class The_sms_cost_is_segments_times_the_price_of_each_country
{
    private static readonly Dictionary<string, decimal> Prices = new(StringComparer.OrdinalIgnoreCase) { ["GB"] = 0.04m, ["65"] = 0.05m, ["1"] = 0.01m };

    [Fact]
    public void First_texts_count_their_own_segments_and_prices_are_found_by_region_then_calling_code()
    {
        var estimate = SmsCostEstimate.Of([new SmsCountryCount("GB", 44, 10, 3), new SmsCountryCount("SG", 65, 2, 0)], segments: 1, firstSegments: 2, Prices);

        Assert.Equal(13, estimate.Lines[0].Segments);
        Assert.Equal(0.52m, estimate.Lines[0].Cost);
        Assert.Equal(0.10m, estimate.Lines[1].Cost);
        Assert.Equal(0.62m, estimate.Total);
        Assert.False(estimate.Unpriced);
    }

    [Fact]
    public void A_country_without_a_price_is_named_and_left_out_of_the_total()
    {
        var estimate = SmsCostEstimate.Of([new SmsCountryCount("FR", 33, 4, 0), new SmsCountryCount("GB", 44, 1, 0)], 2, 2, Prices);

        Assert.Null(estimate.Lines[0].Cost);
        Assert.Equal(8, estimate.Lines[0].Segments);
        Assert.True(estimate.Unpriced);
        Assert.Equal(0.08m, estimate.Total);
        Assert.Equal(4, estimate.UnpricedTexts);
        Assert.True(estimate.AnyPriced);
    }

    [Fact]
    public void Without_any_price_the_total_is_not_a_cost()
    {
        // Found in a user trial: no price configured showed "Total 0.00 USD", which reads as free.
        var estimate = SmsCostEstimate.Of([new SmsCountryCount("GB", 44, 30, 30)], 1, 2, new Dictionary<string, decimal>());

        Assert.True(estimate.Unpriced);
        Assert.False(estimate.AnyPriced);
        Assert.Equal(30, estimate.UnpricedTexts);
        Assert.Null(estimate.Lines[0].PricePerSegment);
    }

    [Fact]
    public void No_texts_cost_nothing() =>
        Assert.Equal(new SmsCostEstimate([], 0m, false).Total, SmsCostEstimate.Of([], 1, 1, Prices).Total);
}
