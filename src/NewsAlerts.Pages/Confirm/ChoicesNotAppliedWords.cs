namespace NewsAlerts.Pages.Confirm;

using System.Globalization;
using NewsAlerts.Core.SignUps;

/// <summary>
/// The "Added" page's line on the sign-up's choices that were not applied (sub16b: it named the time zone, language and
/// email frequency whatever differed): exactly those of <see cref="TopicsAdded.NotApplied"/>, in the page's language.
/// </summary>
public static class ChoicesNotAppliedWords
{
    /// <summary>
    /// "These choices of this sign-up were not applied…: quiet hours, urgency for texts." for <paramref name="added"/>;
    /// null when none differed. A row stored before the choices were kept (<see cref="TopicsAdded.NotApplied"/> null)
    /// with <see cref="TopicsAdded.SettingsKept"/> gets the old sentence, which names none of them in particular.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="added"/> is null.</exception>
    public static string? Sentence(TopicsAdded added)
    {
        ArgumentNullException.ThrowIfNull(added);
        if (added.NotApplied is not { } choices)
        {
            return added.SettingsKept ? PageStrings.TopicsAddedSettingsKept : null;
        }

        return choices.Count == 0
            ? null
            : string.Format(CultureInfo.CurrentCulture, PageStrings.TopicsAddedChoicesNotApplied, string.Join(PageStrings.ListComma, choices.Select(Name)));
    }

    /// <summary>The name of <paramref name="choice"/> in a sentence.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="choice"/> is not a defined choice.</exception>
    public static string Name(SignUpChoice choice) => choice switch
    {
        SignUpChoice.TimeZone => PageStrings.ChoiceTimeZone,
        SignUpChoice.Language => PageStrings.ChoiceLanguage,
        SignUpChoice.ReadLanguages => PageStrings.ChoiceReadLanguages,
        SignUpChoice.EmailFrequency => PageStrings.ChoiceEmailFrequency,
        SignUpChoice.QuietHours => PageStrings.ChoiceQuietHours,
        SignUpChoice.SmsUrgency => PageStrings.ChoiceSmsUrgency,
        SignUpChoice.DailyLimits => PageStrings.ChoiceDailyLimits,
        SignUpChoice.TopicSettings => PageStrings.ChoiceTopicSettings,
        _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "not a sign-up choice"),
    };
}
