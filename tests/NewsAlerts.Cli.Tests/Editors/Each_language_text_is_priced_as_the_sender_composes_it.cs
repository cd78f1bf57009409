namespace NewsAlerts.Cli.Tests.Editors;

using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Planning;
using NewsAlerts.Pages.Editor;
using static NewsAlerts.Cli.Tests.Editors.PreviewExamples;

/// <summary>
/// Issue 17 review: the preview composed one English text and priced every text with its segments, while the sender
/// writes each subscriber's text in their language (SmsTexts). The preview composes a text per language with the
/// sender's composer and the estimate prices each language's texts with that text's segments: Arabic words make a text
/// UCS-2 (70 units a segment, 67 when split), French accents GSM-7 has (é) keep it GSM-7, and so does œ, which the
/// composer spells "oe" (GsmTransliterator); only a character no GSM-7 spelling carries (an emoji) makes French UCS-2.
/// </summary>
public sealed class Each_language_text_is_priced_as_the_sender_composes_it
{
    private static readonly Dictionary<string, decimal> Prices = new(StringComparer.OrdinalIgnoreCase) { ["GB"] = 0.04m, ["FR"] = 0.07m };

    [Fact]
    public void An_arabic_breaking_text_is_ucs2_and_takes_two_segments_where_english_takes_one()
    {
        var preview = Preview(Breaking("Ceasefire agreed in Aleppo after talks"), ("en", 3, 1), ("ar", 2, 1));

        var english = preview.Texts[0];
        var arabic = preview.Texts[1];
        Assert.Equal(("en", SmsEncoding.Gsm7, SmsEncoding.Gsm7), (english.Count.Language, english.Sms.Measure.Encoding, english.FirstSms.Measure.Encoding));
        Assert.Equal(("ar", SmsEncoding.Ucs2, SmsEncoding.Ucs2), (arabic.Count.Language, arabic.Sms.Measure.Encoding, arabic.FirstSms.Measure.Encoding));
        Assert.StartsWith("عاجل: ", arabic.Sms.Text, StringComparison.Ordinal);
        Assert.Contains("أرسل STOP", arabic.FirstSms.Text, StringComparison.Ordinal);
        Assert.Equal((1, 1), (english.Sms.Measure.Segments, english.FirstSms.Measure.Segments));
        // UCS-2: "عاجل: " and the link leave too little of 70 units for a headline, so the text takes two segments of 67.
        Assert.Equal((2, 2), (arabic.Sms.Measure.Segments, arabic.FirstSms.Measure.Segments));
        Assert.Equal((3, 4), (english.Segments, arabic.Segments));

        // The words name the cause: the Arabic wording, not a character of the headline.
        Assert.Empty(arabic.FirstSmsWarning!.Characters);
        Assert.Equal("Sent as UCS-2 (70 characters a segment instead of 160) because of the Arabic wording: 2 segments.", ConsoleWords.Ucs2(arabic.FirstSmsWarning, "ar"));
        Assert.Equal("Arabic: 2 texts, 4 segments", ConsoleWords.LanguageTexts(arabic));
    }

    [Fact]
    public void The_estimate_prices_each_language_with_its_own_segments()
    {
        var counts = new[] { new SmsCountryCount("GB", 44, 3, 1, "en"), new SmsCountryCount("GB", 44, 2, 1, "ar"), new SmsCountryCount("FR", 33, 2, 2, "fr") };
        var content = Breaking("Ceasefire agreed in Aleppo after talks");
        var preview = MessagePreviews.Of(content, "you follow Aleppo", Links, At, SmsCountries.ByLanguage(counts));

        var estimate = SmsCostEstimate.Of(counts, preview.SegmentsOf, Prices);

        // Each text measured as the sender composes it for its subscriber (same composer, same words, same measure).
        var link = Links.ShortLink(content.ArticleId);
        int Made(SmsCountryCount c) => ((c.Texts - c.FirstTexts) * SmsText.Compose(content, link, false, c.Language).Measure.Segments)
            + (c.FirstTexts * SmsText.Compose(content, link, true, c.Language).Measure.Segments);
        Assert.Equal(Made(counts[0]) + Made(counts[1]), Assert.Single(estimate.Lines, l => l.Country == "GB").Segments);
        Assert.Equal(3 + 4, Assert.Single(estimate.Lines, l => l.Country == "GB").Segments);
        Assert.Equal(Made(counts[2]), Assert.Single(estimate.Lines, l => l.Country == "FR").Segments);
        Assert.Equal((7 * 0.04m) + (Made(counts[2]) * 0.07m), estimate.Total);
        // Priced as English (the fault), GB made 5 segments: the Arabic texts' second segments were missed.
        Assert.Equal(5, SmsCostEstimate.Of(counts, _ => preview.SegmentsOf("en"), Prices).Lines.Single(l => l.Country == "GB").Segments);
    }

    [Theory]
    [InlineData("Élection à Besançon : le préfet réélu", SmsEncoding.Gsm7)] // é, à, ç: é and à are GSM-7, ç is spelt c
    [InlineData("Le cœur de Paris bloqué par la grève", SmsEncoding.Gsm7)] // œ is spelt oe: still GSM-7
    [InlineData("Grève générale 🚆 dans les transports", SmsEncoding.Ucs2)] // an emoji: UCS-2 in every language
    public void French_accents_keep_gsm7_unless_a_character_no_gsm7_spelling_carries_is_there(string headline, SmsEncoding encoding)
    {
        var french = Preview(Breaking(headline), ("fr", 2, 1)).Texts.Single();

        // In GSM-7 the no-break space before ":" is one plain space; a UCS-2 text keeps it, as it keeps every character (trial r41 #8).
        Assert.StartsWith(encoding == SmsEncoding.Gsm7 ? "URGENT : " : "URGENT\u00a0: ", french.Sms.Text, StringComparison.Ordinal);
        Assert.Contains("Répondez STOP", french.FirstSms.Text, StringComparison.Ordinal);
        Assert.Equal((encoding, encoding), (french.Sms.Measure.Encoding, french.FirstSms.Measure.Encoding));
        Assert.Equal(GsmAlphabet.Measure(french.FirstSms.Text), french.FirstSms.Measure);
    }

    [Fact]
    public void Oe_is_spelt_out_in_the_text_that_goes()
    {
        var french = Preview(Breaking("Le cœur de Paris"), ("fr", 1, 0)).Texts.Single();

        Assert.Contains("coeur", french.Sms.Text, StringComparison.Ordinal);
        Assert.Null(french.SmsWarning);
    }

    [Fact]
    public void With_nobody_texted_the_english_text_is_shown_as_an_example()
    {
        var preview = MessagePreviews.Of(Breaking("Storm"), "you follow Storm", Links, At);

        var only = Assert.Single(preview.Texts);
        Assert.Equal(new SmsLanguageCount("en", 0, 0), only.Count);
        Assert.Equal("English (nobody is texted; shown as an example)", ConsoleWords.LanguageTexts(only));
    }

    private static MessagePreview Preview(AlertContent content, params (string Language, int Texts, int First)[] languages) =>
        MessagePreviews.Of(content, "you follow Aleppo", Links, At, [.. languages.Select(l => new SmsLanguageCount(l.Language, l.Texts, l.First))]);

    private static AlertContent Breaking(string headline) =>
        new("urn:story:17", "1", headline, "Summary.", new Uri("https://news.example/story"), "Example", 1, At);
}
