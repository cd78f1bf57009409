namespace NewsAlerts.Cli.Tests.Pages;

using System.Globalization;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Pages.SignUp;

/// <summary>
/// Trial r33 #5: /manage after STOP offered "text START" and "sign up again" at once; one way back, the right one. Trial
/// r43 #5: for an address that way is "Start my alerts again" (confirmed again, topics and settings kept), not a blank
/// sign-up form.
/// </summary>
public sealed class Someone_who_receives_nothing_is_offered_one_way_back
{
    [Fact]
    public void A_number_alone_that_replied_STOP_is_offered_START_only()
    {
        var (message, comeBack) = WaysBack.For(hasEmail: false, hasPhone: true);

        Assert.Equal(PageStrings.UnsubscribedByTextMessage, message);
        Assert.False(comeBack);
        Assert.Contains("START", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_address_alone_is_offered_starting_its_alerts_again() =>
        Assert.Equal((PageStrings.ComeBackStateMessage, true), WaysBack.For(hasEmail: true, hasPhone: false));

    [Fact]
    public void An_address_and_a_number_are_offered_starting_again_for_emails_and_START_for_texts()
    {
        var (message, comeBack) = WaysBack.For(hasEmail: true, hasPhone: true);

        Assert.Equal(PageStrings.ComeBackStateWithTextMessage, message);
        Assert.True(comeBack);
        Assert.Contains(PageStrings.ComeBackButton, message, StringComparison.Ordinal);
        Assert.Contains("START", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+15005550006", "Didn’t get a text? If you ever replied STOP to our texts, text START to \u2066+1 500-555-0006\u2069 first, then ask for a new code.")]
    [InlineData(null, "Didn’t get a text? If you ever replied STOP to our texts, reply START to one of our texts first, then ask for a new code.")]
    public void The_code_pages_way_back_names_our_number_isolated_left_to_right_or_says_reply_to_one_of_our_texts(string? ourNumber, string expected) =>
        InCulture("en", () => Assert.Equal(expected, StoppedNumberWords.CodeHint(ourNumber)));

    public static TheoryData<string> Languages => [.. TextLanguages.Offered];

    // Issue 16: without a number (a Messaging Service) the way back was the number's template with "us" in its place,
    // "envoyez START au nous" in French; now it is a sentence of its own in each language, naming no one.
    [Theory]
    [MemberData(nameof(Languages))]
    public void Without_our_number_every_way_back_is_a_whole_sentence_of_the_language(string language) =>
        InCulture(language, () =>
        {
            foreach (var (withNumber, without) in new[]
            {
                (StoppedNumberWords.CodeHint("+15005550006"), StoppedNumberWords.CodeHint(null)),
                (StoppedNumberWords.StartHint("+15005550006"), StoppedNumberWords.StartHint(null)),
                (StoppedNumberWords.ManageLinkHint("+15005550006"), StoppedNumberWords.ManageLinkHint(null)),
            })
            {
                Assert.Contains("\u2066+1 500-555-0006\u2069", withNumber, StringComparison.Ordinal);
                Assert.Contains("START", without, StringComparison.Ordinal);
                Assert.DoesNotContain("{", without, StringComparison.Ordinal);
                Assert.DoesNotContain("\u2066", without, StringComparison.Ordinal);
                Assert.NotEqual(withNumber, without);
            }

            Assert.DoesNotContain(" au nous", StoppedNumberWords.CodeHint(null) + StoppedNumberWords.StartHint(null) + StoppedNumberWords.ManageLinkHint(null), StringComparison.Ordinal);
            Assert.DoesNotContain(" al nosotros", StoppedNumberWords.CodeHint(null) + StoppedNumberWords.StartHint(null) + StoppedNumberWords.ManageLinkHint(null), StringComparison.Ordinal);
            if (language != TextLanguages.Default)
            {
                Assert.NotEqual(InEnglish(() => StoppedNumberWords.CodeHint(null)), StoppedNumberWords.CodeHint(null));
            }
        });

    private static string InEnglish(Func<string> words)
    {
        var text = string.Empty;
        InCulture("en", () => text = words());
        return text;
    }

    private static void InCulture(string language, Action check)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            check();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
