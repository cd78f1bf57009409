namespace NewsAlerts.Channels.Tests.Sms;

using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Texts;

public sealed class Texts_in_every_language_are_measured_as_they_are_sent
{
    private const string Service = "NewsAlerts";
    private const string Contact = "help@newsalerts.example";

    private static IEnumerable<(string Name, string Text)> TextsIn(string language) =>
    [
        ("Help", SmsTexts.Help(language, Service, Contact)), ("Stopped", SmsTexts.Stopped(language, Service)),
        ("Started", SmsTexts.Started(language, Service)), ("HowToStop", SmsTexts.HowToStop(language)),
        ("Code", SmsTexts.Code(language, Service, "123456")), ("TopicsCode", SmsTexts.TopicsCode(language, Service, "123456")),
    ];

    public static TheoryData<string> Languages() => [.. TextLanguages.Offered];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Latin_script_texts_go_as_GSM_7_after_the_senders_rewrite_and_Arabic_goes_as_UCS_2_unchanged(string language)
    {
        foreach (var (name, text) in TextsIn(language))
        {
            var sent = GsmTransliterator.Transliterate(text);
            var measure = GsmAlphabet.Measure(sent);
            if (language == "ar")
            {
                Assert.Equal(text, sent);
                Assert.Equal(SmsEncoding.Ucs2, measure.Encoding);
                Assert.True(measure.Segments <= 3, $"{language}/{name}: {measure.Segments} segments");
            }
            else
            {
                Assert.Equal(SmsEncoding.Gsm7, measure.Encoding);
                Assert.True(measure.Segments <= (name == "Help" ? 2 : 1), $"{language}/{name}: {measure.Segments} segments for '{sent}'");
            }

            // What was measured is what goes: the original accents GSM-7 has are kept (é, è, à, ù, ì, ò, ä, ö, ü, ñ).
            Assert.Equal(measure, GsmAlphabet.Measure(GsmTransliterator.Transliterate(sent)));
        }
    }

    [Fact]
    public void Accents_GSM_7_has_are_kept_and_the_others_are_rewritten_not_counted_as_UCS_2()
    {
        var french = GsmTransliterator.Transliterate(SmsTexts.Stopped("fr", Service));
        Assert.Contains("Répondez", french, StringComparison.Ordinal);
        var spanish = GsmTransliterator.Transliterate(SmsTexts.Code("es", Service, "123456"));
        Assert.StartsWith("Codigo de NewsAlerts: 123456.", spanish, StringComparison.Ordinal);
        Assert.Equal(SmsEncoding.Ucs2, GsmAlphabet.Measure(SmsTexts.Code("es", Service, "123456")).Encoding);
        Assert.Equal(SmsEncoding.Gsm7, GsmAlphabet.Measure(spanish).Encoding);
        Assert.Contains("bestätigen", GsmTransliterator.Transliterate(SmsTexts.Code("de", Service, "123456")), StringComparison.Ordinal);
    }
}
