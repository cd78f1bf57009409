namespace NewsAlerts.Cli.Tests.Pages;

using System.Globalization;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Pages.SignUp;

/// <summary>Trial r33 #5: /manage after STOP offered "text START" and "sign up again" at once; one way back, the right one.</summary>
public sealed class Someone_who_receives_nothing_is_offered_one_way_back
{
    [Fact]
    public void A_number_alone_that_replied_STOP_is_offered_START_only()
    {
        var (message, signUpAgain) = WaysBack.For(hasEmail: false, hasPhone: true);

        Assert.Equal(PageStrings.UnsubscribedByTextMessage, message);
        Assert.False(signUpAgain);
        Assert.Contains("START", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_address_alone_is_offered_signing_up_again() =>
        Assert.Equal((PageStrings.UnsubscribedStateMessage, true), WaysBack.For(hasEmail: true, hasPhone: false));

    [Fact]
    public void An_address_and_a_number_are_offered_signing_up_again_for_emails_and_START_for_texts()
    {
        var (message, signUpAgain) = WaysBack.For(hasEmail: true, hasPhone: true);

        Assert.Equal(PageStrings.UnsubscribedEmailAndTextMessage, message);
        Assert.True(signUpAgain);
        Assert.Contains("START", message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void An_old_code_of_a_stopped_number_with_a_subscriber_offers_START_alone(string language)
    {
        // Trial r34 #6: "once texts are restarted, sign up again" plus START were two ways back for a subscriber whose texts START alone restores.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var refusal = StoppedNumberWords.CodeRefusal("+15005550006", subscribed: true);
            Assert.Equal(PageStrings.CodeNumberStoppedSubscribed + " " + StoppedNumberWords.StartHint("+15005550006"), refusal);
            Assert.DoesNotContain(PageStrings.CodeNumberStopped, refusal, StringComparison.Ordinal);
            Assert.NotEqual(PageStrings.CodeNumberStopped, PageStrings.CodeNumberStoppedSubscribed);
            Assert.StartsWith(PageStrings.CodeNumberStopped, StoppedNumberWords.CodeRefusal("+15005550006"), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public static TheoryData<string> Languages => [.. NewsAlerts.Core.Texts.TextLanguages.Offered];

    [Theory]
    [InlineData("+15005550006", "text START to \u2066+1 500-555-0006\u2069 from that phone.")]
    [InlineData(null, "text START to us from that phone.")]
    public void The_way_back_names_our_number_isolated_left_to_right_or_us(string? ourNumber, string expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            Assert.EndsWith(expected, StoppedNumberWords.SignUpError(ourNumber), StringComparison.Ordinal);
            Assert.StartsWith(PageStrings.SignUpNumberStopped, StoppedNumberWords.SignUpError(ourNumber), StringComparison.Ordinal);
            Assert.StartsWith(PageStrings.CodeNumberStopped, StoppedNumberWords.CodeRefusal(ourNumber), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
