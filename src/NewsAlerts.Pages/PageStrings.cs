namespace NewsAlerts.Pages;

/// <summary>
/// Every word the subscriber pages show, in one place (English; a translation replaces this class's values). Values
/// are plain text: the components HTML-encode whatever they write, these strings included.
/// </summary>
public static class PageStrings
{
    /// <summary>The product's name in titles and headers.</summary>
    public const string ServiceName = "NewsAlerts";
    public const string SkipToContent = "Skip to main content";
    public const string Footer = "News alerts by email and text message. We never share your address or number.";
    public const string ErrorSummaryTitle = "There is a problem";
    public const string Required = "(required)";
    public const string Optional = "(optional)";

    // Form safety.
    public const string ForbiddenTitle = "This form cannot be sent";
    public const string ForbiddenMessage = "The form has expired or did not come from this site. Go back, reload the page and try again.";
    public const string FormUnreadableTitle = "We couldn't read this form";
    public const string FormUnreadableMessage = "Something in what was sent could not be read: an invisible character pasted with the text, for example, or far too much text. Go back, check what you typed and try again.";
    public const string NotFoundTitle = "Page not found";
    public const string NotFoundMessage = "There is no page at this address.";
    public const string NotFoundLink = "Sign up for news alerts";
    public const string TooManyTitle = "Please wait a moment";
    public const string TooManyMessage = "Too many requests came from here. Wait a few minutes and try again.";
    public const string TooManyWaitMessage = "Too many requests came from here. Try again in {0}.";
    public const string WaitAboutAMinute = "about a minute";
    public const string WaitAboutMinutes = "about {0} minutes";
    public const string WaitAboutHours = "about {0} hours";
    public const string BackToSignUp = "Back to the sign-up page";

    // Short links of withdrawn or corrected stories.
    public const string WithdrawnTitle = "This story was withdrawn";
    public const string CorrectedTitle = "This story was corrected";
    public const string ReadCorrectedStory = "Read the corrected story";
    public const string StoryWithoutPage = "The newsroom has published no more of this story yet. Check back later.";

    // Confirm by email link.
    public const string ConfirmTitle = "Confirm your subscription";
    public const string ConfirmMessage = "Press the button to confirm that you want news alerts at this address.";
    public const string ConfirmButton = "Confirm";
    public const string ConfirmedTitle = "You're confirmed";
    public const string ConfirmedEmailMessage = "Your email address is confirmed. We have emailed you a link to manage your alerts; keep it.";
    public const string ConfirmedSmsMessage = "Your phone number is confirmed. Texts will come for the most urgent news you follow.";
    public const string ManageButton = "Manage your alerts";
    public const string LinkNotValidTitle = "This link no longer works";
    public const string LinkNotValidMessage = "The confirmation link has been used already, was replaced by a newer one, or has expired.";
    public const string SendNewLinkButton = "Send me a new link";
    public const string NewLinkSentTitle = "Check your inbox";
    public const string NewLinkSentMessage = "If this sign-up is still waiting for confirmation, a new link (and a new code, for a phone number) is on its way. Earlier links no longer work.";
    public const string AlreadyConfirmedTitle = "You're already confirmed";
    public const string AlreadyConfirmedMessage = "This link was used already: your email address is confirmed and your alerts are on.";
    public const string ConfirmedEmailEnterCode = "Your email address is confirmed, and we have emailed you a link to manage your alerts. Now enter the code we texted to your number (or ask for a new one).";
    public const string AlreadyConfirmedSmsMessage = "This code was used already: your phone number is confirmed. To change your alerts, use the manage link in any alert or email we sent you.";
    public const string AlreadyConfirmedManageLink = "Lost the link? Get a new one by email";
    public const string AlreadyConfirmedSmsManagedMessage = "This code was used already: your phone number is confirmed.";
    public const string NothingToSendTitle = "Nothing to send";
    public const string NothingToSendMessage = "This sign-up has nothing waiting for confirmation (it is confirmed already, or too old), so we sent nothing. To get news alerts, sign up again.";
    public const string TooManyTopicsMessage = "You already follow too many topics to add these. Remove some in your preference centre, then sign up again.";

    // Confirm by SMS code.
    public const string CodeTitle = "Enter the code we texted you";
    public const string CodeLabel = "6-digit code";
    public const string CodeHint = "The code expires {0} after we send it.";
    public const string CodeButton = "Confirm phone number";
    public const string CodeWrong = "The code is wrong, expired or used up. Check it, or ask for a new one.";
    public const string CodeUsedUp = "This code can no longer be used: it has expired or was entered wrongly too many times. Ask for a new code below.";
    public const string CodeNotSixDigits = "Enter the 6 digits from the text";
    public const string SendNewCodeButton = "Send me a new code";
    public const string CodeNotSentAgain = "We can't send you another code yet: ask again in {0}. Meanwhile, enter the last code we texted you, if it has not expired.";
    public const string CodeComeBack = "Closed this page before entering the code? Sign up again with the same number (and the same email address, if you gave one): we'll text you a new code and bring you back to this page.";

    // Sign up.
    public const string SignUpTitle = "Get news alerts";
    public const string SignUpEmbedTitle = "Follow this topic";
    public const string SignUpIntro = "Choose what you follow and how we reach you. We send nothing until you confirm.";
    public const string EmailLabel = "Email address";
    public const string PhoneLabel = "Mobile number";
    public const string PhoneHint = "With the country code, for example +44 7400 123456. Texts are only for urgent news.";
    public const string PhoneNeedsCountryCode = "Enter the number with its country code, e.g. +44 7400 555125";
    public const string PhoneCountryNotTexted = "This number is in {0}; we can only text numbers in {1}";
    public const string PhoneNotMobile = "This is {0}, which can't get texts. Enter a mobile number";
    public const string PhoneHintOneCountry = "A mobile number in {0}, written as usual there (e.g. {1}) or with the country code. Texts are only for urgent news.";
    public const string PhoneHintUrgentOnly = "Texts are only for urgent news.";
    public const string PhoneNeedsCountryCodeOf = "We text numbers in {0}; start with + and the country code, e.g. {1}";
    public const string PhoneInNoCountry = "This number is not in any country; we can only text numbers in {0}";
    public const string TopicsMissing = "Add at least one topic";
    public const string ContactHint = "Give an email address, a mobile number, or both.";
    public const string TopicsLabel = "Topics";
    public const string TopicsHint = "One per line. Words match any form (Syria, Syrian); \"quotes\" match a phrase; AND, OR, NOT and brackets combine them, for example: Syria AND (ceasefire OR truce).";
    public const string TopicLine = "Line {0}: {1}";
    public const string TopicOnlyExcludes = "A topic can't only exclude words: add a word to follow, e.g. sport -football";
    public const string TimeZoneLabel = "Time zone";
    public const string TimeZoneUnknown = "Choose a time zone from the list";
    public const string TimeLikeExample = "Enter a time like 07:30";
    public const string LanguageLabel = "Language of your topics";
    public const string DeliveryLegend = "How often we email you";
    public const string FrequencyLabel = "Email frequency";
    public const string FrequencyImmediate = "As it happens";
    public const string FrequencyHourly = "Hourly digest";
    public const string FrequencyDaily = "Daily digest";
    public const string FrequencyWeekly = "Weekly digest";
    public const string FrequencyHint = "Unless you choose otherwise, emails come once a day: a daily digest at the digest time, on your time zone's clock. \"As it happens\" sends one email for each story as soon as it matches your topics.";
    public const string ScheduleImmediate = "You'll get an email for each story as soon as it matches your topics.";
    public const string ScheduleHourly = "You'll get at most one email an hour, listing the stories that matched.";
    public const string ScheduleDaily = "You'll get one email a day at {0} ({1} time).";
    public const string ScheduleWeekly = "You'll get one email a week, on {2} at {0} ({1} time).";
    public const string WeekdayLabel = "Digest day (weekly)";
    public const string DigestTimeLabel = "Digest time (daily and weekly)";
    public const string QuietLegend = "Quiet hours";
    public const string QuietHint = "No texts between these times, on your clock: they wait until the end. Emails are not held. Leave empty for none.";
    public const string QuietStartLabel = "From";
    public const string QuietEndLabel = "Until";
    public const string FlashThroughLabel = "Let the most urgent (flash) news through";
    public const string SignUpButton = "Sign up";
    public const string CheckEmailTitle = "Check your email";
    public const string CheckEmailMessage = "We have sent a confirmation link to your email address. Press it to start your alerts.";
    public const string CheckPhoneMessage = "We have texted you a 6-digit code. Enter it below to confirm your number.";
    public const string NotSentMessage = "Some confirmations did not go out yet. If nothing arrives in a few minutes, ask for a new one.";

    // Preference centre.
    public const string ManageTitle = "Your alerts";
    public const string ManageLinkNotValidMessage = "This manage link is not valid or has expired. Use the link in a recent alert, or ask for a new one here.";
    public const string ManageGoneMessage = "These alerts no longer exist; nothing more will be sent.";
    public const string ChannelsLegend = "Where we send alerts";
    public const string ContactNone = "none";
    public const string ResendButton = "Resend confirmations";
    public const string ResendSent = "New confirmations are on their way to your unconfirmed address or number.";
    public const string ResendNothing = "Every address and number is confirmed already.";
    public const string ResendSentEmail = "We have emailed a new confirmation link.";
    public const string ResendNotToStoppedPhone = "We sent nothing to your number: it has stopped our texts (it replied STOP).";
    public const string PhoneStoppedHint = "To get texts again, text START to {0} from that phone.";
    public const string PhoneStoppedUs = "us";
    public const string StopConfirmTitle = "Stop every alert?";
    public const string StopConfirmMessage = "Stop every alert and delete your history? We will send nothing more to your addresses and numbers, and the list of what we sent you is deleted.";
    public const string StopConfirmButton = "Yes, stop every alert";
    public const string StopKeepButton = "Keep my alerts";
    public const string StoppedSignUpLink = "Sign up again";
    public const string ChangeEmailLabel = "New email address";
    public const string ChangePhoneLabel = "New mobile number";
    public const string ChangeContactHint = "We send a confirmation to the new one first; until you confirm it, alerts keep going where they go now.";
    public const string ChangeContactHintPaused = "We send a confirmation to the new one first; it gets alerts once you confirm it and your pause ends.";
    public const string ChangeContactHintNothingGoes = "We send a confirmation to the new one first; alerts go to it once you confirm it.";
    public const string StatusNoEmail = "No email address yet.";
    public const string StatusNoPhone = "No mobile number yet.";
    public const string StatusPending = "Not confirmed yet: we send nothing to it until you confirm it.";
    public const string StatusConfirmed = "Confirmed: alerts go here.";
    public const string StatusConfirmedUntilChange = "Confirmed: alerts keep going here until you confirm the new one.";
    public const string StatusPaused = "Confirmed, but your alerts are paused: nothing goes here until the pause ends.";
    public const string StatusStoppedEverything = "Stopped: you unsubscribed, so we send nothing here.";
    public const string StatusUnsubscribedEmail = "Stopped: this address was unsubscribed (or you stopped every alert), so we send it nothing. Confirm it again to get alerts here.";
    public const string StatusStopReplied = "Stopped: this number opted out (it replied STOP, or you stopped every alert), so we text it nothing.";
    public const string StatusBouncedEmail = "Stopped: mail to this address bounced, so we send it nothing. Confirm it again to get alerts here.";
    public const string StatusUndeliverablePhone = "Stopped: texts to this number could not be delivered, so we text it nothing. Confirm it again to get texts.";
    public const string StatusSuppressedEmail = "Confirmed, but this address is on our do-not-send list (it unsubscribed or its mail was refused), so we send it nothing.";
    public const string StatusSuppressedPhone = "Confirmed, but this number has opted out of our texts, so we text it nothing.";
    public const string StatusNewOneAfterConfirming = "The new one gets alerts once you confirm it.";
    public const string ChangeEmailButton = "Change email address";
    public const string AddEmailButton = "Add email address";
    public const string ChangePhoneButton = "Change mobile number";
    public const string AddPhoneButton = "Add mobile number";
    public const string ChangePendingEmail = "Waiting for you to confirm the new address {0}: the link we emailed to it works for {1} after we send it. No email? Send it again (the old link then stops working).";
    public const string ChangeSendLinkAgainButton = "Send the link again";
    public const string CodeWaitingPhone = "Waiting for the code we texted to {0}. Enter it here to confirm the number. A new code makes the one you hold stop working.";
    public const string CodeExpiredPhone = "The code we texted to {0} has expired or was tried too often. Send a new one to confirm the number.";
    public const string PhoneConfirmedNotice = "Your phone number is confirmed.";
    public const string ChangeCancelButton = "Cancel the change";
    public const string ChangeEmailSent = "We have sent a confirmation link to the new address. Nothing changes until you press it.";
    public const string ChangePhoneSent = "We have texted a 6-digit code to the new number. Enter it below; nothing changes until you do.";
    public const string ChangeUnchanged = "That is your confirmed address or number already; nothing changed.";
    public const string ChangeCancelled = "The change is cancelled; the link or code we sent for it no longer works.";
    public const string ChangeNumberStopped = "This number has stopped our texts (it replied STOP). Text START to us from that phone, then try again.";
    public const string TopicsLegend = "What you follow";
    public const string SaveTopicsButton = "Save topics";
    public const string SettingsLegend = "When and how";
    public const string CapsLegend = "Daily limits";
    public const string CapsHint = "At most this many alerts a day; more wait for your next digest. Leave empty for no limit.";
    public const string CapEmailLabel = "Emails a day";
    public const string CapSmsLabel = "Texts a day";
    public const string SmsUrgencyLabel = "Texts for news at least this urgent";
    public const string SmsUrgencyHint = "1 is the most urgent (flash), 9 the least.";
    public const string SaveSettingsButton = "Save settings";
    public const string Saved = "Saved.";
    public const string ManageChangedElsewhere = "Your settings changed since this page was opened (for example in another tab).";
    public const string ManageChangedNow = "This page shows them as they are now; make your change again.";
    public const string ManageChangedStopText = "Since this page was opened, your number replied STOP: we text it nothing now.";
    public const string ManageChangedCarrierOptOut = "Since this page was opened, your mobile carrier told us your number opted out of our texts: we text it nothing now.";
    public const string ManageChangedUndeliverable = "Since this page was opened, texts to your number could not be delivered: we text it nothing now.";
    public const string ManageChangedUnsubscribed = "Since this page was opened, your address was unsubscribed (with the unsubscribe link in one of our emails): we email it nothing now.";
    public const string ManageChangedBounced = "Since this page was opened, mail to your address bounced: we email it nothing now.";
    public const string ManageChangedStoppedEverything = "Since this page was opened, every alert was stopped (in another tab or window): we send nothing now.";
    public const string ManageChangedEmailOn = "Since this page was opened, your email address was confirmed: alerts go to it now.";
    public const string ManageChangedPhoneOn = "Since this page was opened, your number was confirmed (or texted START): texts go to it now.";
    public const string ManageChangedPaused = "Since this page was opened, your alerts were paused (in another tab or window).";
    public const string ManageChangedResumed = "Since this page was opened, your alerts were resumed (in another tab or window).";
    public const string StopLegend = "Stop everything";
    public const string StopHint = "Stops every email and text from us to your addresses and numbers.";
    public const string StopButton = "Stop all alerts";
    public const string StoppedTitle = "All alerts stopped";
    public const string StoppedMessage = "We will send nothing more to your addresses and numbers. To start again, sign up again.";
    public const string RecentLegend = "Recent alerts";
    public const string RecentHint = "What we sent you in the last {1} and why, newest first. Times are on your clock ({0}).";
    public const string RecentNone = "Nothing sent to you in the last {0}.";
    public const string RecentWhy = "Why:";
    public const string RecentEmail = "Email";
    public const string RecentSms = "Text";
    public const string RecentAlert = "alert";
    public const string RecentFollowUp = "follow-up";
    public const string RecentDigest = "in a digest";
    public const string HistoryWithdrawn = "Withdrawn since: the publisher took this story back.";
    public const string HistoryWithdrawnLink = "Read the notice";
    public const string HistoryCorrected = "Corrected since: the link above opens the current version.";
    public const string HistoryCorrectedLink = "Read the correction";

    // Pause.
    public const string PauseLegend = "Pause";
    public const string PauseHint = "Nothing is sent while paused, digests included; what happens meanwhile is not sent later.";
    public const string PauseLabel = "Pause alerts for";
    public const string PauseDay = "1 day";
    public const string PauseWeek = "1 week";
    public const string PauseDate = "Until a date (below)";
    public const string PauseResumed = "Until I resume";
    public const string PauseUntilLabel = "Start again on (date)";
    public const string PauseUntilHint = "Alerts start again at 00:00 on this day, on your clock.";
    public const string PauseUntilMissing = "Choose the date alerts start again";
    public const string PauseButton = "Pause alerts";
    public const string PausedUntil = "Your alerts are paused until {0}.";
    public const string PausedUntilResumed = "Your alerts are paused until you resume them.";
    public const string ResumeButton = "Resume alerts";
    public const string PausedNotice = "Paused.";
    public const string ResumedNotice = "Resumed: alerts go again.";

    // Unsubscribe.
    public const string UnsubscribeTitle = "Unsubscribe";
    public const string UnsubscribeMessage = "Stop all email alerts from NewsAlerts to this address?";
    public const string UnsubscribeButton = "Unsubscribe";
    public const string UnsubscribedTitle = "Unsubscribed";
    public const string UnsubscribedMessage = "You will get no more email alerts from NewsAlerts at this address, for any subscription.";
    public const string UnsubscribedGoneMessage = "This subscription no longer exists; nothing more will be sent.";
    public const string UnsubscribeNotValidTitle = "Link not valid";
    public const string UnsubscribeNotValidMessage = "This unsubscribe link is not valid or has expired. Type your email address below and we will email you a link to your preferences, where you can stop your alerts.";

    // Topic builder
    public const string BuilderLegend = "Build a topic";
    public const string BuilderHint = "Fill in what you want; we write the topic for you. Leave a row empty to skip it. You can also write topics yourself above.";
    public const string BuilderRowTitle = "Topic {0}";
    public const string BuilderAllLabel = "All of these words";
    public const string BuilderPhraseLabel = "This exact phrase";
    public const string BuilderAnyLabel = "Any of these";
    public const string BuilderAnyHint = "Separate with spaces, or with commas to keep several words together.";
    public const string BuilderNoneLabel = "None of these words";
    public const string BuilderInLabel = "Look for the words in";
    public const string BuilderInAnywhere = "the headline and the story";
    public const string BuilderInHeadline = "the headline only";
    public const string BuilderInBody = "the story only";
    public const string BuilderSubjectLabel = "Only about this subject";
    public const string BuilderSubjectHint = "An IPTC subject such as armed conflict (optional).";
    public const string BuilderComposedLabel = "Your topic:";
    public const string BuilderNothingYet = "(nothing yet)";
    public const string BuilderError = "{0} (column {1} of this field)";
    public const string BuilderAddButton = "Add another topic";
    public const string BuilderRemoveButton = "Remove this topic";
    public const string BuilderPreviewButton = "Show my topics";

    // A fresh manage link by email (/manage/link): the same answer whether or not the address is signed up.
    public const string ManageLinkTitle = "Email me a link to my preferences";
    public const string ManageLinkIntro = "Type the email address you signed up with. If it is signed up, we will email it a new link to your preferences.";
    public const string ManageLinkButton = "Email me a link";
    public const string ManageLinkSignUpInstead = "Not signed up yet? Sign up";
    public const string ManageLinkPhoneOnly = "Signed up with a mobile number only? Sign up again with the same number: once you enter the code we text you, you reach your preferences (any topics you enter are added to yours).";
    public const string ManageLinkOffer = "Already signed up? Email me a link to my preferences";
    public const string ManageLinkEmailMissing = "Enter the email address you signed up with.";
    public const string ManageLinkSentTitle = "Check your email";
    public const string ManageLinkSentMessage = "If that address is signed up, we've sent a link to it. It can take a few minutes; check your spam folder too.";
    public const string ManageLinkNotQueuedTitle = "Please try again in a few minutes";
    public const string ManageLinkNotQueuedMessage = "We could not take your request just now. Nothing was sent; please ask again in a few minutes.";

    // Issue 16 trial (s27-16b): ways out of broken links.
    public const string LinkNotValidSignUpAgain = "Sign up again";
    public const string ShortLinkNotFoundTitle = "We can't find that story";
    public const string ShortLinkNotFoundMessage = "This link from a text message is not complete or no longer leads to a story. Check that the whole link was opened, or find the story on our site.";

    // Issue 16 trial (s27-16b): the preference centre of someone who unsubscribed.
    public const string UnsubscribedStateTitle = "You have unsubscribed";
    public const string UnsubscribedStateMessage = "We send you no alerts. To get them again, sign up again: we will ask you to confirm your address or number first.";
    public const string SubscribeAgainLink = "Subscribe again";

    // Issue 16 trial (s27-16b): the 429 page fits the wait and where the person came from.
    public const string TooManyLaterTitle = "Please try again later";
    public const string BackToManageLink = "Back to \"Email me a link\"";
    public const string BackToPreferences = "Back to my preferences";

    // flows16
    public const string SendItAgainButton = "Send it again";
    public const string CheckEmailSendAgainHint = "Nothing arrived? Look in your spam folder first. Sending it again replaces the link we sent before.";
    public const string ManageChangedKeptTyped = "What you typed is still in the form below; save again to keep it.";
    public const string ManageChangedFields = "Saved since this page was opened, and different from what you typed: {0}.";

    // words16
    // Topic warnings in words ({0}: words of the topic in quotes, or a language's name; {1}: a language's name).
    public const string TopicNoteOtherLanguage = "This topic is written in another alphabet, so we look for it in {0} articles, not {1} ones.";
    public const string TopicNoteNoStemmer = "We don't know the word forms of {0}, so these words match only exactly as written (not their plurals or other forms).";
    public const string TopicNoteUnknownScript = "{0} articles are not written in this topic's alphabet, so it will hardly ever match. Choose the language it is written in.";
    public const string TopicNoteLoneCharacter = "{0} is a single character: in {1} it matches only where it stands on its own. Write the whole word.";
    public const string TopicNoteOnlyCommonWords = "This topic has only very common words ({0}), so it would match almost every {1} article. Add a word that says what you want.";
    public const string TopicNoteContradiction = "This topic asks for {0} and also leaves out {0}, so it can never match.";
    public const string TopicNotesLabel = "Before you rely on it:";

    // Field errors name their subject (a sentence's start; {0} in the messages below).
    public const string SubjectEmail = "The email address";
    public const string SubjectPhone = "The mobile number";
    public const string SubjectTopics = "Topics";
    public const string SubjectTimeZone = "The time zone";
    public const string SubjectLanguage = "The language of your topics";
    public const string SubjectFrequency = "The email frequency";
    public const string SubjectDigestTime = "The digest time";
    public const string SubjectWeekday = "The digest day";
    public const string SubjectQuietStart = "Quiet hours start";
    public const string SubjectQuietEnd = "Quiet hours end";
    public const string SubjectCapEmail = "Emails a day";
    public const string SubjectCapSms = "Texts a day";
    public const string SubjectSmsUrgency = "The urgency for texts";
    public const string SubjectCode = "The code";
    public const string SubjectNewEmail = "The new email address";
    public const string SubjectNewPhone = "The new mobile number";
    public const string SubjectPause = "How long to pause";
    public const string SubjectPauseUntil = "The date alerts start again";
    public const string SubjectForm = "This form";
    public const string FieldTimeLike = "{0} must be a time like 22:00";
    public const string FieldTimeMissing = "{0} must be given too, as a time like 07:00";
    public const string FieldFromTheList = "{0} must be one of the choices in the list";
    public const string FieldEmailLike = "{0} must look like name@example.com";
    public const string QuietEndSameAsStart = "Quiet hours end must differ from quiet hours start";
    public const string PauseUntilNotDate = "The date alerts start again must be a day, like 24 December 2026";
    public const string PauseChooseHowLong = "Choose how long to pause";
    public const string PhoneThisNumber = "This number";
    public const string PhoneNotANumber = "This is not a phone number. Enter a mobile number with its country code, e.g. +44 7400 123456";
    public const string TextDirectionMark = "an invisible text-direction mark";
}
