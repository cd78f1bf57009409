namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;
using NewsAlerts.Pages.Fields;

public sealed class A_bad_number_reads_the_same_on_sign_up_and_the_preference_centre
{
    public static TheoryData<string[], string> BadNumbers => new()
    {
        { ["GB"], "0740" },                      // too short
        { ["GB"], "letters" },                   // letters only
        { ["GB"], "+33 6 12 34 56 78" },         // a country not texted
        { ["GB", "IE", "US"], "07400 123456" },  // several countries, local format
        { ["GB"], "07400 12345678901234" },      // too long
    };

    [Theory]
    [MemberData(nameof(BadNumbers))]
    public void The_preference_centres_words_are_the_sign_ups(string[] countries, string typed)
    {
        var (number, reason) = new TextablePhones(countries).Check(typed);
        Assert.Null(number);

        var signUp = FormFields.Errors([new FieldError("phone", reason!)], []).Single().Message;
        var manage = FormFields.ContactError("phone", reason!);

        Assert.Equal(signUp, manage);
        Assert.DoesNotContain("mobile number is", manage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_country_not_texted_is_named_not_coded()
    {
        var (_, reason) = new TextablePhones(["GB"]).Check("+33 6 12 34 56 78");

        var message = FormFields.ContactError("phone", reason!);

        Assert.Contains("United Kingdom", message, StringComparison.Ordinal);
        Assert.DoesNotContain("GB", message, StringComparison.Ordinal);
    }
}
