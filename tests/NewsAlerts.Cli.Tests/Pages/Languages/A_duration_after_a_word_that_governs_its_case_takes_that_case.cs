namespace NewsAlerts.Cli.Tests.Pages.Languages;

using NewsAlerts.Core.RateLimits;
using NewsAlerts.Pages.Messages;

/// <summary>
/// Trial r41 #11: /manage in Arabic said "يعمل الرابط … مدة يومان بعد إرساله": after مدة the dual is genitive, "مدة
/// يومين". Every page sentence puts its duration after a word that governs its case (مدة، بعد، لمدة، خلال آخر), so a
/// duration's Arabic dual is the oblique one, and a count takes its plural form (never "2 دقيقة" or "5 دقيقة"); the
/// manage link's lifetime is a counted duration too, not a number before a fixed "يومًا".
/// </summary>
public sealed class A_duration_after_a_word_that_governs_its_case_takes_that_case
{
    [Fact]
    public void The_pending_address_change_says_for_two_days_in_the_genitive()
    {
        using var scope = new PageLanguageScope("ar");

        var sentence = DurationWords.ChangePendingEmail("new@example.com");

        Assert.Contains("مدة يومين بعد إرساله", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("يومان", sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(120, "دقيقتين تقريبًا")]
    [InlineData(300, "5 دقائق تقريبًا")]
    [InlineData(600, "10 دقائق تقريبًا")]
    [InlineData(900, "15 دقيقة تقريبًا")]
    [InlineData(7_200, "ساعتين تقريبًا")]
    [InlineData(14_400, "4 ساعات تقريبًا")]
    [InlineData(86_400, "24 ساعة تقريبًا")]
    public void An_arabic_wait_after_بعد_takes_the_form_of_its_count(int seconds, string expected)
    {
        using var scope = new PageLanguageScope("ar");

        Assert.Equal(expected, WaitWords.Of(seconds));
        Assert.EndsWith($"بعد {expected}.", WaitWords.Message(seconds), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", 300, "about 5 minutes")]
    [InlineData("es", 300, "unos 5 minutos")]
    [InlineData("es", 7_200, "unas 2 horas")]
    [InlineData("de", 7_200, "etwa 2 Stunden")]
    [InlineData("nl", 7_200, "ongeveer 2 uur")]
    public void Every_language_counts_a_wait_in_its_own_words(string language, int seconds, string expected)
    {
        using var scope = new PageLanguageScope(language);

        Assert.Equal(expected, WaitWords.Of(seconds));
    }

    [Theory]
    [InlineData("ar", 2, "يعمل لمدة يومين.")]
    [InlineData("ar", 3, "يعمل لمدة 3 أيام.")]
    [InlineData("ar", 1, "يعمل لمدة يوم واحد.")]
    [InlineData("ar", 365, "يعمل لمدة 365 يومًا.")]
    [InlineData("en", 1, "it works for 1 day.")]
    [InlineData("en", 365, "it works for 365 days.")]
    [InlineData("de", 1, "Er funktioniert 1 Tag lang.")]
    public void The_manage_links_lifetime_is_counted_in_the_language(string language, int days, string expected)
    {
        using var scope = new PageLanguageScope(language);

        Assert.Contains(expected, ManageLinkLimitWords.Message(SignUpLimits.Contact, SignUpLimits.Contact, 3_600, days), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_arabic_dual_of_a_duration_is_the_oblique_one()
    {
        using var scope = new PageLanguageScope("ar");

        Assert.Equal("يومين", DurationWords.Of(TimeSpan.FromDays(2)));
        Assert.Equal("ساعتين", DurationWords.Of(TimeSpan.FromHours(2)));
        Assert.Equal("دقيقتين", DurationWords.Of(TimeSpan.FromMinutes(2)));
        Assert.Equal("ساعتين", DurationWords.Hours(2));
        Assert.Equal("دقيقتين", DurationWords.Minutes(2));
    }
}
