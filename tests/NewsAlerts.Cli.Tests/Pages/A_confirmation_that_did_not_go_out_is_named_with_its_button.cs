namespace NewsAlerts.Cli.Tests.Pages;

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using NewsAlerts.Cli.Tests.Pages.Languages;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Manage;

/// <summary>
/// Trial r38 #2: a confirmation that could not be sent (SMTP down, the SMS provider answering 503) still read "We have
/// sent a link" / "We have texted you a code", with "if nothing arrives in a few minutes" although nothing retries it.
/// Each page that reports a send names the channel that did not go out, says no "we have sent" for it, and names the
/// button that sends it now: the code page (after signing up and after "Send me a new code"), and a change of address
/// or number on the preference centre. The redirect after a send names the channels in <c>notSent</c>.
/// </summary>
public sealed class A_confirmation_that_did_not_go_out_is_named_with_its_button
{
    public static TheoryData<string> Languages => ["en", "fr", "de", "es", "it", "nl", "pt", "ar"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_link_that_did_not_go_out_is_named_and_its_code_said_sent(string language)
    {
        using var scope = new PageLanguageScope(language);

        var notices = SignUpSent.CodePageNotices(Query(("sent", "both"), ("notSent", "email")));

        Assert.DoesNotContain(PageStrings.CheckEmailMessage, notices);
        Assert.Contains(Format(PageStrings.EmailLinkNotSent, PageStrings.SendNewLinkButton), notices);
        Assert.Contains(PageStrings.CheckPhoneMessage, notices);
        Assert.DoesNotContain(PageStrings.NotSentMessage, notices);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_code_that_did_not_go_out_is_named_and_the_link_said_sent(string language)
    {
        using var scope = new PageLanguageScope(language);

        var notices = SignUpSent.CodePageNotices(Query(("sent", "both"), ("notSent", "sms")));

        Assert.Equal([PageStrings.CheckEmailMessage, Format(PageStrings.SmsCodeNotSent, PageStrings.SendNewCodeButton)], notices);
    }

    [Fact]
    public void A_new_code_that_did_not_go_out_is_not_said_to_be_on_its_way()
    {
        using var scope = new PageLanguageScope("en");

        var notices = SignUpSent.CodePageNotices(Query(("sent", "sms"), ("notSent", "sms"), ("resent", "1")));

        Assert.Equal([Format(PageStrings.SmsCodeNotSent, PageStrings.SendNewCodeButton)], notices);
    }

    [Fact]
    public void A_resend_of_both_where_the_link_failed_says_only_the_code_is_on_its_way()
    {
        using var scope = new PageLanguageScope("en");

        var notices = SignUpSent.CodePageNotices(Query(("sent", "both"), ("notSent", "email"), ("resent", "1")));

        Assert.Equal([PageStrings.ResentCodeMessage, Format(PageStrings.EmailLinkNotSent, PageStrings.SendNewLinkButton)], notices);
    }

    [Theory]
    [InlineData(true, false, "&notSent=email")]
    [InlineData(false, true, "&notSent=sms")]
    [InlineData(true, true, "&notSent=both")]
    [InlineData(false, false, null)]
    public void The_redirect_names_the_channels_that_did_not_go_out(bool email, bool sms, string? expected)
    {
        string[] notSent = [.. email ? ["email"] : Array.Empty<string>(), .. sms ? ["sms"] : Array.Empty<string>()];

        var location = SignUpSent.Location("01ARZ3NDEKTSV4RRFFQ69G5FAV", email: true, sms: true, notSent, embed: false, "en");

        if (expected is null)
        {
            Assert.DoesNotContain("notSent", location, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(expected, location, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_change_whose_confirmation_did_not_go_out_says_so_and_names_its_button(string language)
    {
        using var scope = new PageLanguageScope(language);

        var email = ManageNotices.Of(ManageNotices.EmailChangeNotSent);
        var phone = ManageNotices.Of(ManageNotices.PhoneChangeNotSent);

        Assert.Equal(Format(PageStrings.ChangeEmailNotSent, PageStrings.ChangeSendLinkAgainButton), email);
        Assert.Equal(Format(PageStrings.ChangePhoneNotSent, PageStrings.SendNewCodeButton), phone);
        Assert.DoesNotContain(PageStrings.ChangeEmailSent, email, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.ChangePhoneSent, phone, StringComparison.Ordinal);
    }

    private static string Format(string format, string button) => string.Format(CultureInfo.CurrentCulture, format, button);

    private static QueryCollection Query(params (string Key, string Value)[] fields) =>
        new(fields.ToDictionary(f => f.Key, f => new StringValues(f.Value), StringComparer.Ordinal));
}
