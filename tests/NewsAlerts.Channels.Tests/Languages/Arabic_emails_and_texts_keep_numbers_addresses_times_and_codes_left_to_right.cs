namespace NewsAlerts.Channels.Tests.Languages;

using NewsAlerts.Channels.Confirmation;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// Issue 16: in Arabic, "+44 7400 333444" reads "333444 7400 +44" unless it is isolated. Every phone number, address,
/// time and code an Arabic email or text carries sits in a left-to-right isolate (<see cref="LtrText"/>, U+2066…U+2069);
/// a left-to-right language gets none (an SMS keeps to GSM-7).
/// </summary>
public sealed class Arabic_emails_and_texts_keep_numbers_addresses_times_and_codes_left_to_right
{
    private static readonly DateTimeOffset ChangedAt = new(2026, 12, 1, 13, 5, 0, TimeSpan.Zero);
    private static readonly Uri Link = new("https://alerts.example/manage?token=t.sig");

    [Fact]
    public void The_code_text_isolates_the_code_in_arabic_only()
    {
        Assert.Contains(LtrText.Isolate("123456"), SmsTexts.Code("ar", "NewsAlerts", "123456"), StringComparison.Ordinal);
        Assert.DoesNotContain(LtrText.Open.ToString(), SmsTexts.Code("en", "NewsAlerts", "123456"), StringComparison.Ordinal);
        Assert.DoesNotContain(LtrText.Open.ToString(), SmsTexts.Code("fr", "NewsAlerts", "123456"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_number_changed_text_isolates_the_number_and_the_time()
    {
        var text = ContactChangedSms.Of(new ContactChangeNotice(Channel.Sms, "+447700900123", "+44 7400 ***444", ChangedAt), new MessageLocale("ar", "Europe/London")).Text;

        Assert.Contains(LtrText.Isolate("+44 7400 ***444"), text, StringComparison.Ordinal);
        Assert.Contains(LtrText.Isolate("13:05"), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_address_changed_email_isolates_the_address_and_the_time_in_both_parts()
    {
        var email = await AccountEmails.ContactChangedAsync(
            new ContactChangeNotice(Channel.Email, "old@example.org", "r***@example.org", ChangedAt), Link, TimeSpan.FromDays(14), new MessageLocale("ar", "Europe/London"));
        var html = System.Net.WebUtility.HtmlDecode(email.HtmlBody);

        Assert.All(new[] { email.TextBody, html }, body =>
        {
            Assert.Contains(LtrText.Isolate("r***@example.org"), body, StringComparison.Ordinal);
            Assert.Contains(LtrText.Isolate("13:05"), body, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("de")]
    public void A_left_to_right_language_gets_no_isolates(string language)
    {
        Assert.DoesNotContain(LtrText.Open.ToString(), MomentWords.Of(ChangedAt, "Europe/London", language), StringComparison.Ordinal);
        Assert.DoesNotContain(LtrText.Open.ToString(), ContactChangedSms.Of(new ContactChangeNotice(Channel.Sms, "+447700900123", "+44 7400 ***444", ChangedAt), new MessageLocale(language, "Europe/London")).Text, StringComparison.Ordinal);
    }
}
