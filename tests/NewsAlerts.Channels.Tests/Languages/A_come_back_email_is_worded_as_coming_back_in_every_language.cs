namespace NewsAlerts.Channels.Tests.Languages;

using NewsAlerts.Channels.Confirmation;
using NewsAlerts.Core.Texts;

/// <summary>
/// Trial r41 #10: after unsubscribing, "send the link again" from /manage mailed the subscriber's own address "Confirm
/// your new address" and "your alerts keep going to your current address", yet it is the current address. In each of
/// the 8 languages that email is worded as coming back to the address the subscription has, never as a change of
/// address or a new subscription.
/// </summary>
public sealed class A_come_back_email_is_worded_as_coming_back_in_every_language
{
    private static readonly Uri Link = new("https://alerts.example/confirm?token=t.sig");

    public static TheoryData<string> Languages => [.. TextLanguages.Offered];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task It_asks_to_start_the_alerts_again_at_the_subscriptions_own_address(string language)
    {
        var email = await AccountEmails.ComeBackAsync(Link, new MessageLocale(language, "Europe/Paris"));
        var html = System.Net.WebUtility.HtmlDecode(email.HtmlBody);

        Assert.Equal(EmailTexts.Of(EmailText.ComeBackSubject, language, AccountEmails.ServiceName), email.Subject);
        Assert.Contains(EmailTexts.Of(EmailText.ComeBackIntro, language, AccountEmails.ServiceName), email.TextBody, StringComparison.Ordinal);
        Assert.Contains(EmailTexts.Of(EmailText.ComeBackIgnore, language), email.TextBody, StringComparison.Ordinal);
        Assert.Contains(EmailTexts.Of(EmailText.ComeBackButton, language), html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Link.AbsoluteUri}\"", email.HtmlBody, StringComparison.Ordinal);
        foreach (var changeOrNew in new[] { EmailText.AddressChangeSubject, EmailText.ConfirmSubject })
        {
            Assert.NotEqual(EmailTexts.Of(changeOrNew, language, AccountEmails.ServiceName), email.Subject);
        }

        Assert.DoesNotContain(EmailTexts.Of(EmailText.AddressChangeIgnore, language), email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(EmailTexts.Of(EmailText.AddressChangeButton, language), html, StringComparison.Ordinal);
        if (language != "en")
        {
            Alert_and_digest_emails_are_written_in_the_subscribers_language.AssertWritten(Account_emails_are_written_in_the_subscribers_language.Message(email), language);
        }
    }
}
