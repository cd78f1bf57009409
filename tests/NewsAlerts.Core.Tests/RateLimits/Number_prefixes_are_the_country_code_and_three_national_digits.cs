namespace NewsAlerts.Core.Tests.RateLimits;

using NewsAlerts.Core.RateLimits;

public sealed class Number_prefixes_are_the_country_code_and_three_national_digits
{
    [Theory]
    [InlineData("+447400123456", "+44740")]
    [InlineData("+447400999999", "+44740")]
    [InlineData("+12025550123", "+1202")]
    [InlineData("+6591234567", "+65912")]
    public void The_prefix_groups_numbers_of_one_range(string e164, string prefix) =>
        Assert.Equal(prefix, NumberPrefix.Of(e164));
}
