namespace NewsAlerts.Channels.Tests;

using NewsAlerts.Channels.Privacy;

public sealed class MaskTests
{
    [Fact]
    public void Phone_numbers_keep_only_the_country_code_and_last_two_digits() =>
        Assert.Equal("+44********23", Mask.Phone("+447700900123"));

    [Fact]
    public void Email_addresses_keep_only_the_first_letter_and_the_domain() =>
        Assert.Equal("a***@example.com", Mask.Email("alice@example.com"));
}
