namespace NewsAlerts.Cli.Tests.Pages.Languages;

using System.Globalization;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages;

/// <summary>
/// Issue 16: pages a person with a number only sees said "use the manage link in any alert or email" (texts carry no
/// manage link, and they have no email). Every way back to the preferences shown where the person's channels are not
/// known is now channel-neutral ("ask for a link to your preferences", which /manage/link sends by email or by text),
/// and what the page answers to a number names no email, in every language. The word lists are each catalog's own
/// words for email.
/// </summary>
public sealed class A_way_back_to_the_preferences_names_no_channel_the_person_may_not_have
{
    // Shown to a person who may have a number only: after a code, on an expired confirmed page, on an expired manage link,
    // after a newer sign-up confirmed, and the answers to a number on /manage/link.
    private static readonly string[] WayBacks =
    [
        nameof(PageStrings.AlreadyConfirmedSmsMessage), nameof(PageStrings.AlreadyConfirmedManageLink), nameof(PageStrings.ConfirmedPageExpiredMessage),
        nameof(PageStrings.ManageLinkNotValidMessage), nameof(PageStrings.AlreadyConfirmedNothingSentMessage), nameof(PageStrings.AlreadyConfirmedNumberMessage),
        nameof(PageStrings.ManageLinkTextedTitle), nameof(PageStrings.ManageLinkTextedMessage), nameof(PageStrings.ManageLinkTextedStopped),
    ];

    private static readonly Dictionary<string, string[]> EmailWords = new()
    {
        ["en"] = ["email", "e-mail", "inbox"],
        ["fr"] = ["e-mail", "courriel"],
        ["de"] = ["E-Mail", "Mail"],
        ["es"] = ["correo", "e-mail"],
        ["it"] = ["e-mail", "email", "posta"],
        ["pt"] = ["e-mail", "email", "correio"],
        ["nl"] = ["e-mail", "mail"],
        ["ar"] = ["البريد", "بريد"],
    };

    public static TheoryData<string> Languages() => [.. TextLanguages.Offered];

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_way_back_names_email(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var naming = WayBacks
            .Select(key => (Key: key, Text: PageStrings.Catalog.GetString(key, culture)!))
            .Where(entry => EmailWords[language].Any(word => entry.Text.Contains(word, StringComparison.OrdinalIgnoreCase)))
            .Select(entry => $"{entry.Key}: {entry.Text}")
            .ToList();

        Assert.Empty(naming);
    }

    [Fact]
    public void The_answer_to_a_number_says_how_someone_who_replied_STOP_restarts_in_every_language()
    {
        foreach (var language in TextLanguages.Offered)
        {
            var text = PageStrings.Catalog.GetString(nameof(PageStrings.ManageLinkTextedStopped), CultureInfo.GetCultureInfo(language))!;

            Assert.Contains("STOP", text, StringComparison.Ordinal);
            Assert.Contains("START", text, StringComparison.Ordinal);
            Assert.Contains("{0}", text, StringComparison.Ordinal);
        }
    }
}
