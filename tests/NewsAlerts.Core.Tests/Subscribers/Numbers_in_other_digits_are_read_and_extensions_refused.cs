namespace NewsAlerts.Core.Tests.Subscribers;

using NewsAlerts.Core.Subscribers;

public sealed class Numbers_in_other_digits_are_read_and_extensions_refused
{
    [Theory]
    [InlineData("\uFF0B\uFF14\uFF14\uFF17\uFF14\uFF10\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16")]
    [InlineData("+\u0664\u0664\u0667\u0664\u0660\u0660\u0661\u0662\u0663\u0664\u0665\u0666")]
    [InlineData("+\u06F4\u06F4\u06F7\u06F4\u06F0\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6")]
    [InlineData("\uFF0B44 7400 123456")]
    public void Full_width_and_arabic_indic_digits_read_as_the_number(string text)
    {
        Assert.Equal(("+447400123456", null), new TextablePhones(["GB", "IE"]).Check(text));
        Assert.Equal(("+447400123456", null), new TextablePhones(["GB"]).Check(text));
    }

    [Fact]
    public void Local_full_width_digits_read_in_the_one_country() =>
        Assert.Equal(("+447400123456", null), new TextablePhones(["GB"]).Check("\uFF10\uFF17\uFF14\uFF10\uFF10 \uFF11\uFF12\uFF13\uFF14\uFF15\uFF16"));

    [Theory]
    [InlineData("++447400123456", "has more than one +")]
    [InlineData("+44+7400123456", "has more than one +")]
    [InlineData("+447400123456 ext 5", "has an extension")]
    [InlineData("+447400123456 ext. 5", "has an extension")]
    [InlineData("+447400123456 x5", "has an extension")]
    [InlineData("+447400123456;ext=5", "has an extension")]
    [InlineData("07400 123456 ext 5", "has an extension")]
    public void Two_pluses_or_an_extension_are_refused_with_the_reason(string text, string reason)
    {
        var (e164, why) = new TextablePhones(["GB"]).Check(text);

        Assert.Null(e164);
        Assert.StartsWith(reason, why, StringComparison.Ordinal);
    }
}
