namespace NewsAlerts.Cli.Tests.Editors;

using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Pages.Editor;

/// <summary>
/// Trial r43 #13: for an Arabic story the text preview said "Sent as UCS-2 ... because of س و ر ي ا ت م د ...; without
/// them 1 segment": the story's own letters named as a cause an editor could remove. A story written in another script
/// than Latin is said once to go as UCS-2; only characters outside its script (a stray emoji) are named.
/// </summary>
public sealed class A_story_in_another_script_is_said_once_to_go_as_ucs2
{
    private static readonly Uri Link = new("https://n.example/a/abc123");
    private const string ArabicHeadline = "سوريا: تمديد الهدنة في حلب لأسبوع آخر بعد محادثات جنيف الطويلة بين الأطراف";

    private static AlertContent Story(string headline, int urgency = 1) =>
        new("urn:story:1", "1", headline, "Summary.", new Uri("https://news.example/s"), "Example", urgency, new DateTimeOffset(2026, 12, 3, 14, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_given_case_an_arabic_headline_names_the_script_once_and_no_letter()
    {
        var warning = Ucs2Warnings.Of(Story(ArabicHeadline), Link, isFirstMessage: false, "ar")!;
        var words = ConsoleWords.Ucs2(warning, "ar");

        Assert.Equal("Arabic", warning.Script);
        Assert.Empty(warning.Characters);
        Assert.StartsWith("Texts written in Arabic script go as UCS-2 (70 characters a segment instead of 160): ", words, StringComparison.Ordinal);
        Assert.DoesNotContain("because of", words, StringComparison.Ordinal);
        Assert.DoesNotContain("without them", words, StringComparison.Ordinal);
        Assert.DoesNotContain("س", words, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Η Αθήνα παρατείνει την εκεχειρία για 48 ώρες", "Greek")]
    [InlineData("Москва продлевает перемирие на 48 часов", "Cyrillic")]
    [InlineData("ירושלים: הפסקת האש הוארכה ב-48 שעות", "Hebrew")]
    [InlineData("東京で停戦協議、48時間延長", "CJK")]
    [InlineData(ArabicHeadline, "Arabic")]
    public void Each_script_is_named_once_and_a_stray_emoji_is_still_named(string headline, string script)
    {
        var plain = Ucs2Warnings.Of(Story(headline), Link, isFirstMessage: true, "en")!;
        var withEmoji = Ucs2Warnings.Of(Story(headline + " 🌀"), Link, isFirstMessage: true, "en")!;

        Assert.Equal((script, 0), (plain.Script, plain.Characters.Count));
        Assert.Equal(script, withEmoji.Script);
        Assert.Equal(["🌀"], withEmoji.Characters);
        Assert.True(withEmoji.SegmentsWithout <= withEmoji.Segments);
        var words = ConsoleWords.Ucs2(withEmoji);
        Assert.StartsWith($"Texts written in {script} script go as UCS-2 (70 characters a segment instead of 160): ", words, StringComparison.Ordinal);
        Assert.Contains($"Outside {script} script the headline also has 🌀: without them ", words, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_emoji_in_an_english_headline_is_still_named_as_the_cause()
    {
        var warning = Ucs2Warnings.Of(Story("Storm closes ports along the coast 🌀"), Link, isFirstMessage: false)!;

        Assert.Null(warning.Script);
        Assert.Equal(["🌀"], warning.Characters);
        Assert.StartsWith("Sent as UCS-2 (70 characters a segment instead of 160) because of 🌀: ", ConsoleWords.Ucs2(warning), StringComparison.Ordinal);
    }

    [Fact]
    public void An_arabic_word_in_an_english_headline_is_named_its_letters_are_strays_there()
    {
        var warning = Ucs2Warnings.Of(Story("Envoy in Geneva says سلام after talks"), Link, isFirstMessage: false)!;

        Assert.Null(warning.Script);
        Assert.Equal(["س", "ل", "ا", "م"], warning.Characters);
    }
}
