namespace NewsAlerts.Cli.Tests.Pages.Languages;

using NewsAlerts.Pages.Fields;

/// <summary>
/// Trial r38 #13: "المنطقة الزمنية يحتوي على ..." (the verb must agree with a feminine subject: تحتوي) and "أطول من 1000
/// حرفًا" (after 100 or 1000 the counted noun is genitive singular; حرفًا is for 11 to 99 only). The reasons that go on
/// from a feminine subject take the feminine, a masculine one keeps its own, and no reason counts a noun after a limit
/// that can be any number.
/// </summary>
public sealed class Arabic_reasons_agree_with_their_subject_and_count_nouns_rightly
{
    private const string RightToLeftOverride = "contains U+202E (a right-to-left override), which can reorder text; remove it";

    [Theory]
    [InlineData("timeZone", "”المنطقة الزمنية“ تحتوي على")]
    [InlineData("topics", "”المواضيع“ تحتوي على")]
    [InlineData("email", "”عنوان البريد الإلكتروني“ يحتوي على")]
    public void A_hidden_character_is_said_with_the_verb_agreeing_with_its_subject(string field, string opening)
    {
        using var scope = new PageLanguageScope("ar");

        var message = FormFields.Worded(field, field, RightToLeftOverride);

        Assert.StartsWith(opening, message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_number_asked_of_a_feminine_subject_is_worded_in_the_feminine()
    {
        using var scope = new PageLanguageScope("ar");

        // Trial r38 #12: the field is named by its label, quoted; the predicate agrees with the label's noun (a plural of
        // things, رسائل, takes the feminine singular).
        Assert.StartsWith("”رسائل نصية للأخبار التي تبلغ هذه الدرجة من العجلة على الأقل“ يجب أن تكون", FormFields.Worded("smsMaxUrgency", "smsMaxUrgency", "must be a whole number from 1 to 9"), StringComparison.Ordinal);
        Assert.StartsWith("”رسائل البريد في اليوم“ يجب أن تكون", FormFields.Worded("capEmail", "capEmail", "must be a whole number from 1 to 1000"), StringComparison.Ordinal);
        Assert.StartsWith("”موعد الملخص (اليومي والأسبوعي)“ يجب أن يكون", FormFields.Worded("digestTime", "digestTime", "must be a whole number from 1 to 9"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the topic is longer than 1000 characters", "1000")]
    [InlineData("is longer than 100 characters", "100")]
    [InlineData("at most 50 topics are allowed", "50")]
    public void A_limit_is_said_without_a_counted_noun_after_it(string reason, string limit)
    {
        using var scope = new PageLanguageScope("ar");

        var words = ValidatorReasonWords.Of(reason);

        Assert.NotNull(words);
        Assert.Contains(limit, words, StringComparison.Ordinal);
        Assert.DoesNotContain("حرفًا", words, StringComparison.Ordinal);
        Assert.DoesNotContain("موضوعًا", words, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_arabic_page_turns_the_predicate()
    {
        Assert.Equal("يحتوي على", ArabicAgreement.Predicate("timeZone", "يحتوي على", "fr"));
        Assert.Equal("تحتوي على", ArabicAgreement.Predicate("timeZone", "يحتوي على", "ar"));
        Assert.Equal("يحتوي على", ArabicAgreement.Predicate("phone", "يحتوي على", "ar"));
    }
}
