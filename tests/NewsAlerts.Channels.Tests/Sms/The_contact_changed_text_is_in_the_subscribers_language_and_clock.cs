namespace NewsAlerts.Channels.Tests.Sms;

using NewsAlerts.Channels.Confirmation;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Texts;

/// <summary>
/// Issue 16: the text a replaced number got was English with a UTC date. It now comes from the SMS catalog in the
/// subscriber's language, with the moment on their clock, and is measured as sent.
/// </summary>
public sealed class The_contact_changed_text_is_in_the_subscribers_language_and_clock
{
    private static readonly DateTimeOffset ChangedAt = new(2026, 12, 1, 13, 5, 0, TimeSpan.Zero);
    private static readonly ContactChangeNotice Notice = new(Channel.Sms, "+447700900123", "+33***89", ChangedAt);

    public static TheoryData<string> Languages() => [.. TextLanguages.Offered];

    [Theory]
    [InlineData("fr", "Europe/Paris", "NewsAlerts : votre numéro d’alertes a été remplacé par +33***89 le mar. 1 déc. 2026 14:05 (fuseau horaire\u00a0: Paris).")]
    [InlineData("ar", "Asia/Beirut", "NewsAlerts: تم تغيير رقم تنبيهاتك إلى \u2066+33***89\u2069 في الثلاثاء، 1 ديسمبر 2026، \u206615:05\u2069 (بتوقيت بيروت).")]
    [InlineData("en", "America/New_York", "NewsAlerts: your alerts number changed to +33***89 on Tue, Dec 1, 2026, 08:05 (New York time).")]
    [InlineData(null, null, "NewsAlerts: your alerts number changed to +33***89 on Tue, Dec 1, 2026, 13:05 (UTC time).")]
    public void The_text_is_in_the_language_with_the_moment_on_the_subscribers_clock(string? language, string? zone, string start)
    {
        var body = ContactChangedSms.Of(Notice, new MessageLocale(language, zone));

        Assert.StartsWith(GsmTransliterator.Transliterate(start), body.Text, StringComparison.Ordinal);
        Assert.Equal(GsmAlphabet.Measure(body.Text), body.Measure);
    }

    [Fact]
    public void In_English_it_is_one_GSM_7_segment_on_every_clock()
    {
        var longest = new DateTimeOffset(2026, 9, 30, 12, 0, 0, TimeSpan.Zero);
        var failing = TimeZoneInfo.GetSystemTimeZones()
            .Select(z => z.Id)
            .Where(id => id.Contains('/', StringComparison.Ordinal))
            .Select(id => (Id: id, Body: ContactChangedSms.Of(Notice with { ChangedAt = longest }, new MessageLocale("en", id))))
            .Where(s => s.Body.Measure.Encoding != SmsEncoding.Gsm7 || s.Body.Measure.Segments != 1)
            .Select(s => $"{s.Id}: {s.Body.Text.Length} '{s.Body.Text}'")
            .ToList();

        Assert.Empty(failing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Latin_script_languages_go_as_GSM_7_in_two_segments_at_most_and_Arabic_as_UCS_2_in_three(string language)
    {
        foreach (var zone in new[] { "Europe/Paris", "America/Los_Angeles", "Asia/Beirut", "UTC" })
        {
            var body = ContactChangedSms.Of(Notice with { ChangedAt = new DateTimeOffset(2026, 9, 30, 12, 0, 0, TimeSpan.Zero) }, new MessageLocale(language, zone));

            Assert.Equal(language == "ar" ? SmsEncoding.Ucs2 : SmsEncoding.Gsm7, body.Measure.Encoding);
            Assert.True(body.Measure.Segments <= (language == "ar" ? 3 : 2), $"{language}/{zone}: {body.Measure.Segments} segments for '{body.Text}'");
            Assert.Contains("STOP", body.Text, StringComparison.Ordinal);
            Assert.Contains("+33***89", body.Text, StringComparison.Ordinal);
        }
    }
}
