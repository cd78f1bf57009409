namespace NewsAlerts.Cli.Tests.Editors;

using System.Globalization;
using System.Text.Json;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Planning;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Testing;

/// <summary>
/// The preview's SMS words: a character that forces UCS-2 is named with the segments it costs and where the link ends
/// up (emoji from Twilio's segment vectors, ../shared/data/sms); a country without a price is named with the setting
/// that prices it, and the total never reads as free.
/// </summary>
public sealed class The_sms_preview_warns_of_ucs2_and_unpriced_countries
{
    private static readonly Uri Link = new("https://n.example/a/abc123"); // 26 characters: with its space, 27 units
    private const string Headline = "Storm closes ports along the coast "; // 35 characters

    public static TheoryData<int> EmojiVectors() => new(3, 6, 8); // 😜, the flag 🇮🇹, the rainbow flag 🏳️‍🌈 (four scalars, one grapheme)

    [Theory]
    [MemberData(nameof(EmojiVectors))]
    public void An_emoji_in_a_breaking_headline_is_named_with_its_segments_and_the_link(int vector)
    {
        var emoji = StringInfo.GetNextTextElement(VectorBody(vector));
        var content = Breaking(Headline + emoji);

        var later = Ucs2Warnings.Of(content, Link, isFirstMessage: false)!;
        var first = Ucs2Warnings.Of(content, Link, isFirstMessage: true)!;

        // "BREAKING: " (10) + the link (27) leave 33 UCS-2 units: the headline is cut, the text stays one segment.
        Assert.Equal([emoji], later.Characters);
        Assert.Equal((1, 1, true, true, false), (later.Segments, later.SegmentsWithout, later.LinkInFirstSegment, later.HeadlineCut, later.HeadlineCutWithout));
        // With the opt-out line (22 more) the text needs two UCS-2 segments, and the link ends beyond the first 67 units; in GSM-7 all fits one.
        Assert.Equal((2, 1, false), (first.Segments, first.SegmentsWithout, first.LinkInFirstSegment));
        Assert.Equal(
            $"Sent as UCS-2 (70 characters a segment instead of 160) because of {emoji}: 2 segments; without them 1 segment. "
            + "The link no longer fits in the first segment: readers see it only when the whole text has arrived.",
            ConsoleWords.Ucs2(first));
        Assert.Contains("The headline is cut shorter because of them. The link still fits in the first segment.", ConsoleWords.Ucs2(later), StringComparison.Ordinal);
    }

    [Fact]
    public void Accented_letters_outside_gsm7_alone_are_spelt_in_gsm7_and_warn_of_nothing()
    {
        // Vector 20 onwards: 70 and 71 of one accented capital (Á, Ú...), UCS-2 as they stand; the composer spells them in GSM-7.
        var accented = VectorBody(Enumerable.Range(0, 52).First(i => VectorGroup(i) == "ucs2-single-grapheme"))[..20];

        Assert.Null(Ucs2Warnings.Of(Breaking("Storm " + accented), Link, isFirstMessage: true));
    }

    [Fact]
    public void Beside_an_emoji_accented_letters_are_kept_but_only_the_emoji_is_named()
    {
        var warning = Ucs2Warnings.Of(Breaking("Ciclón en Córdoba 🌀"), Link, isFirstMessage: false)!;

        Assert.Equal(["🌀"], warning.Characters);
    }

    [Fact]
    public void A_gsm7_text_has_no_warning() =>
        Assert.Null(Ucs2Warnings.Of(Breaking(Headline), Link, isFirstMessage: true));

    [Fact]
    public void Without_any_price_the_total_says_it_is_unknown_and_names_the_setting()
    {
        // Found in a user trial: 30 texts to the United Kingdom with no price set showed "Total 0.00 USD".
        var estimate = SmsCostEstimate.Of([new SmsCountryCount("GB", 44, 30, 30)], 1, 2, new Dictionary<string, decimal>());

        Assert.Equal("unknown: no price is set for the countries texted (30 texts to countries without a price)", ConsoleWords.Total(estimate, "USD"));
        Assert.Equal("No price set for +44 (United Kingdom); set Sms:PricePerSegment:GB", ConsoleWords.NoPrice(estimate.Lines[0]));
    }

    [Fact]
    public void With_some_prices_the_total_is_a_lower_bound_naming_the_texts_left_out()
    {
        var estimate = SmsCostEstimate.Of(
            [new SmsCountryCount("US", 1, 120, 0), new SmsCountryCount("GB", 44, 30, 0)], 1, 1, new Dictionary<string, decimal> { ["US"] = 0.01m });

        Assert.Equal("at least 1.20 USD; 30 texts to countries without a price", ConsoleWords.Total(estimate, "USD"));
        Assert.Equal("1.20 USD", ConsoleWords.Total(SmsCostEstimate.Of([new SmsCountryCount("US", 1, 120, 0)], 1, 1, new Dictionary<string, decimal> { ["US"] = 0.01m }), "USD"));
    }

    private static AlertContent Breaking(string headline) =>
        new("urn:story:1", "1", headline, "Summary.", new Uri("https://news.example/storm"), "Example", 1, new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    private static string VectorBody(int index) => Vector(index).GetProperty("body").GetString()!;

    private static string VectorGroup(int index) => Vector(index).GetProperty("group").GetString()!;

    private static JsonElement Vector(int index)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.SharedData(), "sms", "sms-segment-vectors.json")));
        return document.RootElement.GetProperty("vectors")[index].Clone();
    }
}
