namespace NewsAlerts.Channels.Tests.Languages;

using MimeKit;
using NewsAlerts.Channels.Confirmation;
using NewsAlerts.Channels.Email;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Texts;

public sealed class Account_emails_are_written_in_the_subscribers_language
{
    private static readonly Uri Link = new("https://alerts.example/confirm?signUp=s1&token=t.sig");
    private static readonly DateTimeOffset ChangedAt = new(2026, 12, 1, 13, 5, 0, TimeSpan.Zero);

    public static TheoryData<string, string> Kinds() => new()
    {
        { "confirmation", "fr" }, { "confirmation", "ar" },
        { "confirmed", "fr" }, { "confirmed", "ar" },
        { "link", "fr" }, { "link", "ar" },
        { "changed", "fr" }, { "changed", "ar" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Each_account_email_has_no_English_left_keeps_its_link_and_reads_in_the_languages_direction(string kind, string language)
    {
        var email = await Compose(kind, new MessageLocale(language, "Europe/Paris"));

        var message = Message(email);

        Alert_and_digest_emails_are_written_in_the_subscribers_language.AssertWritten(message, language);
        Assert.Contains(Link.AbsoluteUri, message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Link.AbsoluteUri.Replace("&", "&amp;", StringComparison.Ordinal)}\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("NewsAlerts", message.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Europe/Paris", "le mar. 1 déc. 2026 14:05 (fuseau horaire\u00a0: Paris)", "pendant 14 jours")]
    [InlineData("fr", "Europe/Amsterdam", "le mar. 1 déc. 2026 14:05 (fuseau horaire\u00a0: Amsterdam)", "pendant 14 jours")]
    [InlineData("ar", "Asia/Beirut", "في الثلاثاء، 1 ", "لمدة 14 يومًا")]
    [InlineData("en", "America/New_York", "on Tue, Dec 1, 2026, 08:05 (New York time)", "for 14 days")]
    [InlineData("en", null, "on Tue, Dec 1, 2026, 13:05 (UTC time)", "for 14 days")]
    public async Task The_change_notice_dates_the_change_on_the_subscribers_clock_and_words_the_links_lifetime(string language, string? zone, string when, string lasts)
    {
        var email = await AccountEmails.ContactChangedAsync(Notice(), Link, TimeSpan.FromDays(14), new MessageLocale(language, zone));

        Assert.Contains(when, email.TextBody, StringComparison.Ordinal);
        Assert.Contains(when, System.Net.WebUtility.HtmlDecode(email.HtmlBody), StringComparison.Ordinal);
        Assert.Contains(lasts, email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("(UTC)", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_arabic_change_notice_gives_the_time_on_beirut_clock_named_in_arabic()
    {
        var email = await AccountEmails.ContactChangedAsync(Notice(), Link, TimeSpan.FromDays(14), new MessageLocale("ar", "Asia/Beirut"));

        Assert.Contains("2026، \u206615:05\u2069 (بتوقيت بيروت)", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("\u2066r***@example.org\u2069", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_masked_address_is_escaped_in_the_html()
    {
        var notice = Notice() with { MaskedNewContact = "<img src=x onerror=alert(1)>" };

        var email = await AccountEmails.ContactChangedAsync(notice, Link, TimeSpan.FromDays(14), new MessageLocale("fr", "Europe/Paris"));

        Assert.DoesNotContain("<img", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;img", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_falls_back_to_English()
    {
        var email = await AccountEmails.ConfirmationAsync(Link, new MessageLocale("tr", "Europe/Istanbul"));

        Assert.Equal("Confirm your NewsAlerts subscription", email.Subject);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", email.HtmlBody, StringComparison.Ordinal);
    }

    internal static MimeMessage Message(AccountEmail email)
    {
        var message = new MimeMessage { Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody() };
        EmailHeaders.Write(message, email.Subject, email.Locale);
        return message;
    }

    private static ContactChangeNotice Notice() => new(Channel.Email, "old@example.org", "r***@example.org", ChangedAt);

    private static Task<AccountEmail> Compose(string kind, MessageLocale locale) => kind switch
    {
        "confirmation" => AccountEmails.ConfirmationAsync(Link, locale),
        "confirmed" => AccountEmails.ConfirmedAsync(Link, locale),
        "link" => AccountEmails.LinkRequestedAsync(Link, locale),
        _ => AccountEmails.ContactChangedAsync(Notice(), Link, TimeSpan.FromDays(14), locale),
    };
}
