namespace NewsAlerts.Channels.Tests.Sms;

using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Texts;

/// <summary>
/// Issue 16 (the same fault in another text): an alert SMS said "BREAKING:", "Withdrawn:", "Correction:" and "Reply STOP
/// to opt out" in English to every subscriber. Those words now come from the SMS catalog in the subscriber's language,
/// STOP staying the keyword, and a Latin-script text stays GSM-7.
/// </summary>
public sealed class An_alert_text_has_its_own_words_in_the_subscribers_language
{
    private static readonly Uri Link = new("https://nws.example/api/a/abc");
    private static readonly AlertContent Breaking = new("urn:a1", "1", "Ceasefire in Gaza", "…", Link, "Wire", 1, DateTimeOffset.UnixEpoch);

    public static TheoryData<string> Languages() => [.. TextLanguages.Offered];

    [Theory]
    [InlineData("fr", "URGENT : Ceasefire in Gaza", "Répondez STOP pour vous désinscrire")]
    [InlineData("de", "EILMELDUNG: Ceasefire in Gaza", "Antworten Sie STOP zum Abmelden")]
    [InlineData("ar", "عاجل: Ceasefire in Gaza", "أرسل STOP لإلغاء الاشتراك")]
    [InlineData(null, "BREAKING: Ceasefire in Gaza", "Reply STOP to opt out")]
    public void A_first_breaking_alert_starts_and_ends_in_the_language(string? language, string start, string end)
    {
        var body = SmsText.Compose(Breaking, Link, isFirstMessage: true, language);

        Assert.StartsWith(start, body.Text, StringComparison.Ordinal);
        Assert.EndsWith(end, body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", NoticeKind.Withdrawn, "Retiré : ")]
    [InlineData("fr", NoticeKind.Corrected, "Rectificatif : ")]
    [InlineData("ar", NoticeKind.Withdrawn, "مسحوب: ")]
    [InlineData("es", NoticeKind.Corrected, "Correccion: ")]
    public void A_follow_up_says_withdrawn_or_corrected_in_the_language(string language, NoticeKind kind, string start) =>
        Assert.StartsWith(start, SmsText.Compose(Breaking with { Notice = new ArticleNotice(kind, null) }, Link, isFirstMessage: false, language).Text, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_Latin_script_alert_stays_one_GSM_7_segment_with_its_opt_out_line_and_Arabic_two_UCS_2(string language)
    {
        var body = SmsText.Compose(Breaking, Link, isFirstMessage: true, language);

        Assert.Contains("STOP", body.Text, StringComparison.Ordinal);
        Assert.Equal(language == "ar" ? SmsEncoding.Ucs2 : SmsEncoding.Gsm7, body.Measure.Encoding);
        Assert.Equal(language == "ar" ? 2 : 1, body.Measure.Segments);
        if (language != "en")
        {
            Assert.DoesNotContain("BREAKING", body.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("opt out", body.Text, StringComparison.Ordinal);
        }
    }
}
