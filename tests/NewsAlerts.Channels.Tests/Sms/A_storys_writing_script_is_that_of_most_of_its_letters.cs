namespace NewsAlerts.Channels.Tests.Sms;

using NewsAlerts.Channels.Sms;

/// <summary>
/// Trial r43 #13: the UCS-2 note named every letter of an Arabic headline. The note needs the script a headline is
/// written in (<see cref="WritingScripts"/>): that of most of its letters, null for Latin.
/// </summary>
public sealed class A_storys_writing_script_is_that_of_most_of_its_letters
{
    [Theory]
    [InlineData("سوريا: تمديد الهدنة في حلب لأسبوع آخر بعد محادثات جنيف الطويلة بين الأطراف", "Arabic")]
    [InlineData("Η Αθήνα παρατείνει την εκεχειρία για 48 ώρες", "Greek")]
    [InlineData("Москва продлевает перемирие на 48 часов", "Cyrillic")]
    [InlineData("ירושלים: הפסקת האש הוארכה ב-48 שעות", "Hebrew")]
    [InlineData("東京で停戦協議、48時間延長", "CJK")]
    [InlineData("서울, 휴전 48시간 연장", "CJK")]
    [InlineData("阿勒颇停火延长48小时", "CJK")]
    // Latin, with or without a stray character of another script: null.
    [InlineData("Storm closes ports along the coast 🌀", null)]
    [InlineData("Talks in Geneva: «سلام» said the envoy", null)]
    [InlineData("Ciclón en Córdoba", null)]
    [InlineData("2026 — 48 · 12", null)]
    [InlineData("", null)]
    public void The_script_is_that_of_most_letters(string headline, string? script)
    {
        Assert.Equal(script, WritingScripts.Of(headline));
    }

    [Fact]
    public void A_tie_with_latin_goes_to_latin()
    {
        Assert.Null(WritingScripts.Of("ab αβ"));
    }

    [Theory]
    [InlineData("س", "Arabic", true)]
    [InlineData("بً", "Arabic", true)] // a letter with its mark (tanwin), one grapheme
    [InlineData("🌀", "Arabic", false)]
    [InlineData("a", "Greek", false)]
    [InlineData("Ж", "Greek", false)]
    [InlineData("ー", "CJK", true)]
    public void A_grapheme_is_of_a_script_when_all_of_it_is(string grapheme, string script, bool expected)
    {
        Assert.Equal(expected, WritingScripts.IsOf(grapheme, script));
    }
}
