namespace NewsAlerts.Cli.Tests.Pages.Languages;

using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;
using NewsAlerts.Pages.Languages;

/// <summary>
/// Trial r37 #9: emails wrote "1 December 2026, 14:05 (Paris time)" where pages wrote "Tue, Dec 1, 2026, 14:05". An
/// email's moment (<see cref="MomentWords"/>: alerts, digests, follow-ups, the change notice, its text) is the page's
/// (<see cref="PageMoments.Named"/>: CLDR's short date with its weekday, 24-hour time, the clock named) in each language.
/// </summary>
public sealed class Emails_write_a_moment_as_pages_do_in_every_language
{
    private static readonly DateTimeOffset Winter = new(2026, 12, 1, 13, 5, 0, TimeSpan.Zero);

    public static TheoryData<string> Languages => [.. TextLanguages.Offered];

    [Theory]
    [MemberData(nameof(Languages))]
    public void An_email_moment_is_the_pages_moment(string language)
    {
        using var scope = new PageLanguageScope(language);

        foreach (var zone in new[] { "Europe/Paris", "America/New_York", "Asia/Beirut", null })
        {
            Assert.Equal(PageMoments.Named(Winter, zone), MomentWords.Of(Winter, zone, language));
        }
    }

    [Fact]
    public void English_reads_as_the_preference_centre_does()
    {
        using var scope = new PageLanguageScope("en");

        Assert.Equal("Tue, Dec 1, 2026, 14:05 (Paris time)", MomentWords.Of(Winter, "Europe/Paris", "en"));
    }
}
