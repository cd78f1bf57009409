namespace NewsAlerts.Core.Texts;

/// <summary>
/// The keys of the email catalog (<c>EmailTexts.resx</c>): each name is a resource key, or for the counted texts
/// (<see cref="EmailTexts.Count"/>) the stem of the keys <c>Name_one</c>, <c>Name_other</c> and, where a language
/// has them, <c>Name_zero</c>, <c>Name_two</c>, <c>Name_few</c>, <c>Name_many</c> (CLDR plural categories).
/// </summary>
public enum EmailText
{
    /// <summary>A date and time on a clock: <c>{0}</c> the local date and time as pages write them (<see cref="Words.ShortDates.WithTime"/>), <c>{1}</c> the zone words.</summary>
    Moment,

    /// <summary>The zone's time: <c>{0}</c> its city ("Paris time", "fuseau horaire : Paris"), phrased so no word agrees with the city.</summary>
    ZoneTime,

    /// <summary>UTC's time, for a subscriber without a known zone.</summary>
    ZoneTimeUtc,

    /// <summary>Counted: <c>{0}</c> days.</summary>
    Days,

    /// <summary>Counted: <c>{0}</c> hours.</summary>
    Hours,

    /// <summary>Counted: <c>{0}</c> minutes.</summary>
    Minutes,

    /// <summary>Subject of breaking news: <c>{0}</c> the headline.</summary>
    SubjectBreaking,

    /// <summary>Subject of a withdrawal: <c>{0}</c> the headline.</summary>
    SubjectWithdrawn,

    /// <summary>Subject of a correction: <c>{0}</c> the headline.</summary>
    SubjectCorrected,

    /// <summary>The line above a breaking headline.</summary>
    BreakingNews,

    /// <summary>A withdrawal's first line: <c>{0}</c> when (a <see cref="Moment"/>).</summary>
    NoticeWithdrawn,

    /// <summary>A correction's first line: <c>{0}</c> when (a <see cref="Moment"/>).</summary>
    NoticeCorrected,

    /// <summary>The article link's button.</summary>
    ReadFullStory,

    /// <summary>The article link in the text part: <c>{0}</c> the URL.</summary>
    ReadMoreAt,

    /// <summary>Why the alert came: <c>{0}</c> the match reason.</summary>
    WhyYouGotThis,

    /// <summary>The manage link's words.</summary>
    ManageAlerts,

    /// <summary>The manage link in the text part: <c>{0}</c> the URL.</summary>
    ManageAlertsAt,

    /// <summary>The unsubscribe link's words (beside the List-Unsubscribe header's one-click link).</summary>
    Unsubscribe,

    /// <summary>The unsubscribe link in the text part: <c>{0}</c> the URL.</summary>
    UnsubscribeAt,

    /// <summary>Counted: a digest's subject, <c>{0}</c> stories.</summary>
    DigestSubject,

    /// <summary>Counted: <c>{0}</c> older stories that did not fit in the digest.</summary>
    DigestMore,

    /// <summary>Why one digest story came: <c>{0}</c> the match reason.</summary>
    DigestWhy,

    /// <summary>Why the digest came.</summary>
    DigestFooter,

    /// <summary>The digest's manage link words.</summary>
    DigestManage,

    /// <summary>The digest section of stories whose topic the subscriber no longer follows.</summary>
    DigestOtherTopic,

    /// <summary>Subject of the confirmation email: <c>{0}</c> the service name.</summary>
    ConfirmSubject,

    /// <summary>What the confirmation email asks.</summary>
    ConfirmIntro,

    /// <summary>The confirmation link's button.</summary>
    ConfirmButton,

    /// <summary>What to do when it was not you.</summary>
    ConfirmIgnore,

    /// <summary>Subject of the email with the manage link after confirming: <c>{0}</c> the service name.</summary>
    ConfirmedSubject,

    /// <summary>"You are subscribed."</summary>
    ConfirmedIntro,

    /// <summary>The manage link's button after confirming.</summary>
    ConfirmedButton,

    /// <summary>Warns that the manage link works without a password.</summary>
    KeepLinkPrivate,

    /// <summary>Subject of a manage link asked for: <c>{0}</c> the service name.</summary>
    LinkSubject,

    /// <summary>Who asked for the link: <c>{0}</c> the service name.</summary>
    LinkIntro,

    /// <summary>The asked-for manage link's button.</summary>
    LinkButton,

    /// <summary>What to do when they did not ask.</summary>
    LinkIgnore,

    /// <summary>Subject of the notice to a replaced address: <c>{0}</c> the service name.</summary>
    ChangedSubject,

    /// <summary>What changed: <c>{0}</c> the service name, <c>{1}</c> the new address masked, <c>{2}</c> when (a <see cref="Moment"/>).</summary>
    ChangedIntro,

    /// <summary>How to undo it: <c>{0}</c> how long the link works (<see cref="Days"/>, <see cref="Hours"/> or <see cref="Minutes"/>).</summary>
    ChangedUndo,

    /// <summary>The undo link's button.</summary>
    ChangedButton,

    /// <summary>When it was them.</summary>
    ChangedNothingToDo,

    /// <summary>Subject of the change email to an address already confirmed that signed up again (issue 16): <c>{0}</c> the service name.</summary>
    ChangeSubject,

    /// <summary>"You already get alerts here; someone asked to add these topics:" (the topics follow): <c>{0}</c> the service name.</summary>
    ChangeIntro,

    /// <summary>The change email's button, which adds the topics.</summary>
    ChangeButton,

    /// <summary>"Manage your alerts": the manage link's text, which makes sense alone (trial r36 #15).</summary>
    ChangeManage,

    /// <summary>Nothing changes unless the button is pressed.</summary>
    ChangeNothingUnlessPressed,

    /// <summary>Subject when every topic asked for is followed already: <c>{0}</c> the service name.</summary>
    FollowingSubject,

    /// <summary>"You already follow every topic asked for:" (the topics follow): <c>{0}</c> the service name.</summary>
    FollowingIntro,

    /// <summary>The manage link's button when nothing would be added.</summary>
    FollowingButton,

    /// <summary>In the change email: texts too need a number, added in the preference centre (a sign-up's number never joins an existing subscriber, issue 16).</summary>
    ChangeAddNumber,

    /// <summary>Subject of the email confirming a change of address made in the preferences (trial r37 #15): <c>{0}</c> the service name.</summary>
    AddressChangeSubject,

    /// <summary>What that email asks: the alerts of an existing subscription to come to this address (<c>{0}</c> the service name).</summary>
    AddressChangeIntro,

    /// <summary>That email's button.</summary>
    AddressChangeButton,

    /// <summary>Not asked for: ignore it, the alerts keep going to the current address.</summary>
    AddressChangeIgnore,

    /// <summary>
    /// Subject of the email confirming the subscriber's own address again from the preferences, one that gets nothing now
    /// (stopped, bounced or never confirmed; trial r41 #10: it was worded as a change to a new address): <c>{0}</c> the service name.
    /// </summary>
    ComeBackSubject,

    /// <summary>What that email asks: the alerts of the subscription to come to its own address again (<c>{0}</c> the service name).</summary>
    ComeBackIntro,

    /// <summary>That email's button.</summary>
    ComeBackButton,

    /// <summary>Not asked for: ignore it, nothing is sent to the address unless the button is pressed.</summary>
    ComeBackIgnore,

    /// <summary>
    /// The change email's note naming the form's choices that were not applied (<c>{0}</c>: the names, joined by
    /// <see cref="ChoiceSeparator"/>; sub16b): they are changed in the preferences.
    /// </summary>
    ChangeSettingsNamed,

    /// <summary>What joins the names of choices in a list (", ").</summary>
    ChoiceSeparator,

    /// <summary>The name of a sign-up's choice in a sentence: the time zone (<see cref="SignUps.SignUpChoice.TimeZone"/>).</summary>
    ChoiceTimeZone,

    /// <summary>The name of a sign-up's choice in a sentence: the language of the topics (<see cref="SignUps.SignUpChoice.Language"/>).</summary>
    ChoiceLanguage,

    /// <summary>The name of a sign-up's choice in a sentence: the other languages read (<see cref="SignUps.SignUpChoice.ReadLanguages"/>).</summary>
    ChoiceReadLanguages,

    /// <summary>The name of a sign-up's choice in a sentence: the email frequency (<see cref="SignUps.SignUpChoice.EmailFrequency"/>).</summary>
    ChoiceEmailFrequency,

    /// <summary>The name of a sign-up's choice in a sentence: the quiet hours (<see cref="SignUps.SignUpChoice.QuietHours"/>).</summary>
    ChoiceQuietHours,

    /// <summary>The name of a sign-up's choice in a sentence: the urgency texts need (<see cref="SignUps.SignUpChoice.SmsUrgency"/>).</summary>
    ChoiceSmsUrgency,

    /// <summary>The name of a sign-up's choice in a sentence: the daily limits (<see cref="SignUps.SignUpChoice.DailyLimits"/>).</summary>
    ChoiceDailyLimits,

    /// <summary>The name of a sign-up's choice in a sentence: the settings per topic (<see cref="SignUps.SignUpChoice.TopicSettings"/>).</summary>
    ChoiceTopicSettings,
}
