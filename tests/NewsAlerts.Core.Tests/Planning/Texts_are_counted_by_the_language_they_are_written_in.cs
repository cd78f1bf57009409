namespace NewsAlerts.Core.Tests.Planning;

using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Issue 17 review: texts go out in each subscriber's language (SmsTexts), whose words can make a text longer or UCS-2,
/// yet the console counted them by country alone and priced every one as the English text. They are counted by country
/// and language (the SMS sender's reading of the subscriber's tag), and each language's texts are priced with its own segments.
/// </summary>
public sealed class Texts_are_counted_by_the_language_they_are_written_in
{
    private static readonly Dictionary<string, decimal> Prices = new(StringComparer.OrdinalIgnoreCase) { ["GB"] = 0.04m, ["FR"] = 0.07m };

    private static Subscriber Texted(string id, string phone, string? language, bool welcomed) =>
        new(id, null, ContactStatus.None, phone, ContactStatus.Confirmed, "UTC", [], 9, DateTimeOffset.UnixEpoch, Language: language, SmsWelcomed: welcomed);

    [Fact]
    public void Numbers_of_one_country_are_counted_apart_by_language_read_as_the_sender_reads_it()
    {
        var counts = SmsCountries.Count(
        [
            Texted("a", "+447400123456", null, welcomed: true),
            Texted("b", "+447400123457", "en-GB", welcomed: false),
            Texted("c", "+447400123458", "ar", welcomed: false),
            Texted("d", "+447400123459", "AR-eg", welcomed: true),
            Texted("e", "+33612345678", "fr-CA", welcomed: false),
            Texted("f", "+447400123450", "sw", welcomed: true), // not offered: the sender writes English
        ]);

        Assert.Equal(
            [
                new SmsCountryCount("GB", 44, 3, 1, "en"),
                new SmsCountryCount("GB", 44, 2, 1, "ar"),
                new SmsCountryCount("FR", 33, 1, 1, "fr"),
            ],
            counts);
    }

    [Fact]
    public void By_language_english_comes_first_then_most_texts()
    {
        var byLanguage = SmsCountries.ByLanguage(
        [
            new SmsCountryCount("GB", 44, 5, 0, "ar"),
            new SmsCountryCount("FR", 33, 2, 1, "fr"),
            new SmsCountryCount("GB", 44, 1, 1, "en"),
            new SmsCountryCount("FR", 33, 3, 3, "ar"),
        ]);

        Assert.Equal([new SmsLanguageCount("en", 1, 1), new SmsLanguageCount("ar", 8, 3), new SmsLanguageCount("fr", 2, 1)], byLanguage);
    }

    [Fact]
    public void Merging_keeps_languages_apart()
    {
        var merged = SmsCountries.Merge([new SmsCountryCount("GB", 44, 1, 0, "ar")], [new SmsCountryCount("GB", 44, 2, 1, "ar"), new SmsCountryCount("GB", 44, 1, 0)]);

        Assert.Equal([new SmsCountryCount("GB", 44, 3, 1, "ar"), new SmsCountryCount("GB", 44, 1, 0, "en")], merged);
    }

    [Fact]
    public void Each_language_is_priced_with_its_own_segments_and_a_country_sums_them()
    {
        // Segments as the composer makes them for a breaking story (the Channels test checks those): English and French
        // GSM-7, one segment, a first French text (its longer opt-out line) two; Arabic UCS-2: one, its first text two.
        var segments = new Dictionary<string, (int Later, int First)> { ["en"] = (1, 1), ["fr"] = (1, 2), ["ar"] = (1, 2) };
        var estimate = SmsCostEstimate.Of(
            [
                new SmsCountryCount("GB", 44, 4, 1, "en"),
                new SmsCountryCount("GB", 44, 3, 2, "ar"),
                new SmsCountryCount("FR", 33, 2, 1, "fr"),
            ],
            l => segments[l], Prices);

        var gb = Assert.Single(estimate.Lines, l => l.Country == "GB");
        Assert.Equal((7, 4 + 1 + 4), (gb.Texts, gb.Segments));
        Assert.Equal(9 * 0.04m, gb.Cost);
        var fr = Assert.Single(estimate.Lines, l => l.Country == "FR");
        Assert.Equal((2, 3), (fr.Texts, fr.Segments));
        Assert.Equal((9 * 0.04m) + (3 * 0.07m), estimate.Total);
        // Priced as if every text were English (the fault): 9 texts, 9 segments, 0.36 + 0.14; the truth costs more.
        Assert.True(estimate.Total > SmsCostEstimate.Of(estimate.Lines.Select(l => new SmsCountryCount(l.Country, l.CallingCode, l.Texts, 0)).ToList(), 1, 1, Prices).Total);
    }

    [Fact]
    public void The_estimate_asks_for_the_segments_of_each_language_it_counts_only()
    {
        var asked = new List<string>();
        SmsCostEstimate.Of([new SmsCountryCount("GB", 44, 1, 0, "nl")], l => { asked.Add(l); return (1, 1); }, Prices);

        Assert.Equal(["nl"], asked);
    }
}
