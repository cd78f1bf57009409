namespace NewsAlerts.Cli.Tests.Pages;

using System.Globalization;
using NewsAlerts.Cli.Tests.Pages.Languages;
using NewsAlerts.Core.Pausing;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Confirm;
using NewsAlerts.Pages.Languages;

/// <summary>
/// Trial s44 #7: an old confirmation link opened again said "your email address is confirmed already and your alerts
/// are on" to a person who had paused their alerts and whose number had replied STOP. The pages that lead back to a
/// subscriber (already confirmed, come back, topics added again, a newer link) say what holds their alerts back now,
/// read from the subscriber, for each state; with nothing holding them back they make no claim; and no page string
/// claims the alerts are on.
/// </summary>
public sealed class A_page_leading_back_to_a_subscriber_states_their_alerts_as_they_are
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 17, 55, 0, TimeSpan.Zero);

    public static TheoryData<string> Languages => [.. TextLanguages.Offered];

    [Fact]
    public void A_subscriber_with_nothing_held_back_gets_no_claim()
    {
        using var scope = new PageLanguageScope("en");

        Assert.Null(AlertState.Sentence(Both(), Now));
    }

    [Fact]
    public void A_pause_running_now_is_named_with_its_end_on_their_clock()
    {
        using var scope = new PageLanguageScope("en");
        var paused = Both() with { PausedUntil = Now.AddDays(1).AddMinutes(-3), TimeZone = "Europe/London" };

        Assert.Equal($"Your alerts are paused until {PageMoments.Local(Now.AddDays(1).AddMinutes(-3), "Europe/London")}.", AlertState.Sentence(paused, Now));
    }

    [Fact]
    public void A_pause_until_resumed_says_so_and_an_ended_pause_says_nothing()
    {
        using var scope = new PageLanguageScope("en");

        Assert.Equal("Your alerts are paused until you resume them.", AlertState.Sentence(Both() with { PausedUntil = Pauses.UntilResumed }, Now));
        Assert.Null(AlertState.Sentence(Both() with { PausedUntil = Now.AddMinutes(-1) }, Now));
    }

    [Fact]
    public void Texts_stopped_by_STOP_are_named_and_with_a_pause_both_are_said()
    {
        using var scope = new PageLanguageScope("en");
        var stopped = Both() with { SmsStatus = ContactStatus.OptedOut };

        Assert.Equal("Texts to your number are stopped.", AlertState.Sentence(stopped, Now));
        Assert.Equal(
            "Your alerts are paused until you resume them. Texts to your number are stopped.",
            AlertState.Sentence(stopped with { PausedUntil = Pauses.UntilResumed }, Now));
    }

    [Fact]
    public void Emails_stopped_are_named()
    {
        using var scope = new PageLanguageScope("en");

        Assert.Equal("Emails to your address are stopped.", AlertState.Sentence(Both() with { EmailStatus = ContactStatus.OptedOut }, Now));
    }

    [Fact]
    public void Everything_stopped_is_said_once_even_when_paused_too()
    {
        using var scope = new PageLanguageScope("en");
        var stopped = Both() with { EmailStatus = ContactStatus.OptedOut, SmsStatus = ContactStatus.OptedOut, PausedUntil = Pauses.UntilResumed };

        Assert.Equal("All your alerts are stopped: nothing is sent to you.", AlertState.Sentence(stopped, Now));
        Assert.Equal("All your alerts are stopped: nothing is sent to you.", AlertState.Sentence(Both() with { Phone = null, SmsStatus = ContactStatus.None, EmailStatus = ContactStatus.OptedOut }, Now));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_language_words_each_state_differently_and_from_its_own_strings(string language)
    {
        using var scope = new PageLanguageScope(language);
        string[] lines = [PageStrings.AlertStateAllStopped, PageStrings.AlertStateTextsStopped, PageStrings.AlertStateEmailsStopped, PageStrings.PausedUntilResumed];

        Assert.Equal(4, lines.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(PageStrings.PausedUntilResumed + " " + PageStrings.AlertStateTextsStopped,
            AlertState.Sentence(Both() with { SmsStatus = ContactStatus.OptedOut, PausedUntil = Pauses.UntilResumed }, Now));
    }

    // Each language's words for "your alerts are on" as the claim was written before (trial s44 #7).
    public static TheoryData<string, string[]> Claims => new()
    {
        { "en", ["alerts are on", "your alerts come to this address"] },
        { "fr", ["sont actives", "sont activées", "arrivent déjà de nouveau"] },
        { "de", ["sind aktiv", "kommen bereits wieder"] },
        { "es", ["están activas", "ya vuelven a llegar"] },
        { "it", ["sono attivi", "arrivano già di nuovo"] },
        { "nl", ["staan aan", "komen al weer"] },
        { "pt", ["estão ativos", "já voltaram a chegar"] },
        { "ar", ["مفعّلة", "تصل تنبيهاتك إلى هذا العنوان"] },
    };

    [Theory]
    [MemberData(nameof(Claims))]
    public void No_page_string_claims_the_alerts_are_on(string language, string[] claims)
    {
        var strings = PageStrings.Catalog.GetResourceSet(CultureInfo.GetCultureInfo(language == "en" ? string.Empty : language), createIfNotExists: true, tryParents: false)!;
        var claiming = strings.Cast<System.Collections.DictionaryEntry>()
            .Where(e => e.Value is string text && claims.Any(c => text.Contains(c, StringComparison.OrdinalIgnoreCase)))
            .Select(e => (string)e.Key)
            .ToList();

        Assert.True(strings.Cast<object>().Count() > 100, $"the {language} strings were not found");
        Assert.Empty(claiming);
    }

    private static Subscriber Both() => new(
        "s1", "ann@example.com", ContactStatus.Confirmed, "+447700900123", ContactStatus.Confirmed, "UTC", [], 2, Now.AddDays(-1));
}
