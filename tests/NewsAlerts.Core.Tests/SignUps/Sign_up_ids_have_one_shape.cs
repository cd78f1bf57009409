namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.SignUps;

public sealed class Sign_up_ids_have_one_shape
{
    [Theory]
    [InlineData("u0123456789abcdefABCDEF-_xyz")]
    [InlineData("m01JDZ8Q6W3N4T5V6X7Y8Z9A0BC")]
    public void Ids_the_service_makes_are_well_formed(string id) => Assert.True(SignUpIds.IsWellFormed(id));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("a|b")]
    [InlineData("a%7Cb")]
    [InlineData("\"><b>x")]
    [InlineData("a b")]
    [InlineData("é")]
    public void Values_with_other_characters_are_not(string? id) => Assert.False(SignUpIds.IsWellFormed(id));

    [Fact]
    public void Sixty_four_characters_are_the_most() =>
        Assert.Equal((true, false), (SignUpIds.IsWellFormed(new string('a', 64)), SignUpIds.IsWellFormed(new string('a', 65))));
}
