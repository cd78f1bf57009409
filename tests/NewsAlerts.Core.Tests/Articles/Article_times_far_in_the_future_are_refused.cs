namespace NewsAlerts.Core.Tests.Articles;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;

/// <summary>A publication time more than a day ahead of the clock is a mistake (2999), refused naming the field.</summary>
public sealed class Article_times_far_in_the_future_are_refused
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("versioncreated", "2999-01-01T00:00:00Z")]
    [InlineData("versioncreated", "2026-12-01T12:00:01Z")]
    [InlineData("versioncreated", "2026-12-02T00:00:00+05:00")]
    [InlineData("firstcreated", "2027-01-01T00:00:00Z")]
    [InlineData("published", "2030-06-01T00:00:00Z")]
    public void Refused_naming_the_field(string field, string time)
    {
        var result = ArticleParser.Parse($$"""{"uri":"urn:x","headline":"H","body_text":"B","{{field}}":"{{time}}"}""", Clock);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains("future", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2016-05-03T00:00:00Z")]
    [InlineData("2026-11-30T12:00:00Z")]
    [InlineData("2026-12-01T11:59:59Z")]
    [InlineData("2026-12-01T12:00:00Z")]
    public void Past_and_near_times_are_kept(string time)
    {
        var result = ArticleParser.Parse($$"""{"uri":"urn:x","headline":"H","body_text":"B","versioncreated":"{{time}}"}""", Clock);

        Assert.True(result.IsValid);
        Assert.Equal(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture), result.Value!.PublishedAt);
    }

    [Fact]
    public void Text_that_is_not_json_is_one_error_on_the_whole_body()
    {
        var result = ArticleParser.Parse("{not json", Clock);

        Assert.Equal("$", Assert.Single(result.Errors).Field);
    }
}
