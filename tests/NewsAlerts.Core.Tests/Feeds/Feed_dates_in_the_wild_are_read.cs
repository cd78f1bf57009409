namespace NewsAlerts.Core.Tests.Feeds;

using NewsAlerts.Core.Feeds;

public sealed class Feed_dates_in_the_wild_are_read
{
    [Theory]
    [InlineData("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00+00:00")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 +0200", "2003-06-10T02:00:00+00:00")]
    [InlineData("10 Jun 2003 04:00:00 -0500", "2003-06-10T09:00:00+00:00")]
    [InlineData("Tue, 10 Jun 03 04:00 EST", "2003-06-10T09:00:00+00:00")]
    [InlineData("Tuesday, 10 June 2003 04:00:00 PDT", "2003-06-10T11:00:00+00:00")]
    [InlineData("Tue, 1 Jun 2003 04:00:00 +02:00", "2003-06-01T02:00:00+00:00")]
    [InlineData("Tue, 10 Jun 2003 04:00:00", "2003-06-10T04:00:00+00:00")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 Z", "2003-06-10T04:00:00+00:00")]
    [InlineData("Tue, 10 jun 2003 04:00:00 ut", "2003-06-10T04:00:00+00:00")]
    [InlineData("2003-06-10T04:00:00Z", "2003-06-10T04:00:00+00:00")]
    [InlineData("2003-06-10T04:00:00.123+01:00", "2003-06-10T03:00:00.123+00:00")]
    [InlineData("2003-06-10t04:00:00z", "2003-06-10T04:00:00+00:00")]
    [InlineData("2003-06-10 04:00:00", "2003-06-10T04:00:00+00:00")]
    [InlineData("2003-06-10", "2003-06-10T00:00:00+00:00")]
    [InlineData("  2003-06-10T04:00Z ", "2003-06-10T04:00:00+00:00")]
    public void A_date_is_read_as_the_instant_it_names(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Tue, 31 Feb 2003 04:00:00 GMT")]
    [InlineData("Tue, 10 Jun 2003 25:00:00 GMT")]
    [InlineData("Tue, 10 Foo 2003 04:00:00 GMT")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 +9999")]
    public void A_date_that_names_no_instant_is_null(string? text)
    {
        Assert.Null(FeedDates.Parse(text));
    }
}
