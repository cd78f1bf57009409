namespace NewsAlerts.Channels.Tests.Sms;

using System.Text.Json;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Channels.Tests.Support;
using NewsAlerts.Testing;

/// <summary>
/// Latin letters GSM-7 lacks are transliterated (AnyAscii), characters GSM-7 has are kept, and a text with anything
/// else outside GSM-7 (another script's letter, an emoji) is sent unchanged as UCS-2.
/// </summary>
public sealed class GsmTransliteratorTests
{
    [Theory]
    [InlineData("İstanbul'da ateşkes görüşmesi başladı, Diyarbakır sakin", "Istanbul'da ateskes görüsmesi basladi, Diyarbakir sakin")]
    [InlineData("Erdoğan meets Müller in Málaga", "Erdogan meets Müller in Malaga")]
    [InlineData("Wałęsa in Łódź and Kraków", "Walesa in Lodz and Krakow")]
    [InlineData("Orbán Viktor: ő és ű", "Orban Viktor: o és u")]
    [InlineData("Ceaușescu, Timișoara, Târgu Mureș", "Ceausescu, Timisoara, Targu Mures")]
    [InlineData("Nguyễn Phú Trọng ở Hà Nội", "Nguyen Phu Trong o Hà Noi")]
    [InlineData("Þórshöfn and Ísafjörður", "Thorshöfn and Isafjördur")]
    [InlineData("Dvořák in Plzeň", "Dvorak in Plzen")]
    [InlineData("Œuvre of the ﬁnal ﬂag", "Oeuvre of the final flag")]
    [InlineData("Kıbrıs: ĞÜŞİÖÇ ğüşiöç", "Kibris: GÜSIÖÇ güsiöc")]
    [InlineData("Straße, Ñandú, Ærø, Åland, Çatalhöyük", "Straße, Ñandu, Ærø, Åland, Çatalhöyük")]
    [InlineData("cafe\u0301 and nai\u0308ve", "cafe and naive")]
    [InlineData("“Truce holds” — it’s fragile…", "\"Truce holds\" - it's fragile...")]
    public void Latin_text_becomes_gsm7(string text, string expected)
    {
        var result = GsmTransliterator.Transliterate(text);

        Assert.Equal(expected, result);
        Assert.True(GsmAlphabet.IsGsm7(result));
    }

    [Theory]
    [InlineData("Café à Paris, Ñ, ß, ü, é, ù, ì, ò, Ø, Å, Æ, ¿¡, £$¥, §, €")]
    [InlineData("ΔΦΓΛΩΠΨΣΘΞ in the headline")]
    [InlineData("Plain ASCII [with] {brackets} ~ ^ | \\")]
    public void Text_already_in_gsm7_is_kept_as_it_is(string text) => Assert.Equal(text, GsmTransliterator.Transliterate(text));

    [Theory]
    [InlineData("叙利亚停火 in Aleppo")]
    [InlineData("Erdoğan: وقف إطلاق النار")]
    [InlineData("Президент Erdoğan")]
    [InlineData("Ελλάδα and Erdoğan")]
    [InlineData("ΑΘΗΝΑ: Erdoğan")]
    [InlineData("ΠΑΣΟΚ wins")]
    [InlineData("שלום Erdoğan")]
    [InlineData("हिन्दी Erdoğan")]
    [InlineData("東京 Tōkyō")]
    [InlineData("Ceasefire 🕊️ in Erdoğan's Türkiye")]
    [InlineData("Temperature 30 ℃ in Şanlıurfa")]
    public void Text_with_anything_else_outside_gsm7_is_left_unchanged(string text)
    {
        Assert.Equal(text, GsmTransliterator.Transliterate(text));
        Assert.Equal(SmsEncoding.Ucs2, GsmAlphabet.Measure(text).Encoding);
    }

    [Fact]
    public void The_turkish_headline_goes_in_one_gsm7_segment()
    {
        var body = SmsText.Compose(Alerts.Content("İstanbul'da ateşkes görüşmesi başladı, Diyarbakır sakin", urgency: 5), new Uri("https://nws.example/a1"), isFirstMessage: false);

        Assert.Equal(SmsEncoding.Gsm7, body.Measure.Encoding);
        Assert.Equal(1, body.Measure.Segments);
        Assert.StartsWith("Istanbul'da ateskes görüsmesi basladi, Diyarbakir sakin", body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Twilios_vectors_keep_their_encoding_unless_only_latin_letters_were_missing()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.SharedData(), "sms", "sms-segment-vectors.json")));
        foreach (var vector in document.RootElement.GetProperty("vectors").EnumerateArray())
        {
            var body = vector.GetProperty("body").GetString()!;
            var result = GsmTransliterator.Transliterate(body);
            var latinOnly = body.EnumerateRunes().All(r => r.Value < 0x80 || GsmAlphabet.IsGsm7(r.ToString()) || (r.Value is >= 0xC0 and <= 0x24F) || r.Value is >= 0x300 and <= 0x36F);
            if (GsmAlphabet.IsGsm7(body) || !latinOnly)
            {
                Assert.Equal(body, result);
                Assert.Equal(GsmAlphabet.Measure(body), GsmAlphabet.Measure(result));
            }
            else
            {
                Assert.Equal(SmsEncoding.Gsm7, GsmAlphabet.Measure(result).Encoding);
                Assert.Equal(body.Normalize(System.Text.NormalizationForm.FormD).Count(char.IsLetter), result.Count(char.IsLetter));
            }
        }
    }
}
