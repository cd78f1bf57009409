namespace NewsAlerts.Channels.Tests.Languages;

using NewsAlerts.Channels.Confirmation;
using NewsAlerts.Core.Texts;

/// <summary>
/// Trial r37 #15 (issue 16): the email confirming a change of address made in the preference centre said "Confirm your
/// subscription" as a sign-up does. In each of the 8 languages it asks to confirm the new address of an existing
/// subscription, says what not pressing means, and is never the sign-up's wording.
/// </summary>
public sealed class An_address_change_email_is_worded_as_a_change_in_every_language
{
    private static readonly Uri Link = new("https://alerts.example/confirm?token=t.sig");

    public static TheoryData<string> Languages => [.. TextLanguages.Offered];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task It_asks_to_confirm_the_new_address_of_an_existing_subscription(string language)
    {
        var email = await AccountEmails.AddressChangeAsync(Link, new MessageLocale(language, "Europe/Paris"));

        Assert.Equal(EmailTexts.Of(EmailText.AddressChangeSubject, language, AccountEmails.ServiceName), email.Subject);
        Assert.NotEqual(EmailTexts.Of(EmailText.ConfirmSubject, language, AccountEmails.ServiceName), email.Subject);
        Assert.Contains(EmailTexts.Of(EmailText.AddressChangeIntro, language, AccountEmails.ServiceName), email.TextBody, StringComparison.Ordinal);
        Assert.Contains(EmailTexts.Of(EmailText.AddressChangeIgnore, language), email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(EmailTexts.Of(EmailText.ConfirmIntro, language), email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Link.AbsoluteUri}\"", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(EmailTexts.Of(EmailText.AddressChangeButton, language), System.Net.WebUtility.HtmlDecode(email.HtmlBody), StringComparison.Ordinal);
        if (language != "en")
        {
            Alert_and_digest_emails_are_written_in_the_subscribers_language.AssertWritten(Account_emails_are_written_in_the_subscribers_language.Message(email), language);
        }
    }
}
