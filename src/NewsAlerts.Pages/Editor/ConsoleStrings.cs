namespace NewsAlerts.Pages.Editor;

/// <summary>The editor console's wording (lists, previews, story pages).</summary>
public static class ConsoleStrings
{
    public const string ConsoleTitle = "Editor console";
    public const string Footer = "NewsAlerts editor console, for the newsroom. What you publish here alerts subscribers: preview before you send.";
    public const string RecentTitle = "Recent stories";
    public const string RecentEmpty = "No stories in the last week.";
    public const string StoryColumn = "Story";
    public const string VersionColumn = "Version";
    public const string UrgencyColumn = "Urgency";
    public const string StateColumn = "State";
    public const string SourceColumn = "Source";
    // Trial s44: a story with neither source nor link showed nothing to tell it apart but its time.
    public const string NoSourceLink = "no source: its short-link page";
    public const string StoredColumn = "Stored (UTC)";
    public const string Withdrawn = "Withdrawn";
    public const string Corrected = "Corrected";
    public const string Breaking = "Breaking";
    public const string Published = "Published";
    public const string PublishTitle = "Publish a story";

    // Trial finding #10 (issue 16): keyboard users tabbed through every recent story to reach the form.
    public const string SkipToPublish = "Skip to publish a story";
    public const string PublishIntro = "Write the story, or paste a ninjs article. Nothing is sent until you confirm on the preview.";
    public const string HeadlineLabel = "Headline";
    public const string BodyLabel = "Body";
    public const string UrgencyLabel = "Urgency";
    public const string LanguageLabel = "Language";
    // Trial r38 #10: it said "for another language, paste ninjs" above a select that offers every language.
    public const string LanguageHint = "The story’s language: topics match it in this language only. It starts on your desk language (set below this form); choose another for this story here. Pasted ninjs gives its own “language” (English when it has none).";
    public const string StoryLanguage = "Story language";
    public const string UrgencyHint = "IPTC urgency: 1 and 2 are breaking news (texts go to subscribers who want breaking news by SMS).";
    public const string UrlLabel = "Link to the story (optional)";
    public const string IdLabel = "Story id (optional)";
    public const string IdHint = "A URI that stays the same across versions; a new one is made when empty.";
    public const string NinjsLabel = "Or paste ninjs JSON";
    public const string NinjsHint = "Used instead of the fields above when filled in.";
    public const string PreviewButton = "Preview reach";
    public const string PreviewTitle = "Preview";
    public const string ReachTitle = "Who it reaches";
    public const string MatchedSubscribers = "Matched subscribers";
    public const string MatchedTopics = "Matched topics";
    public const string EmailsNow = "Emails now";
    public const string TextsNow = "Texts now";
    public const string TextsAfterQuietHours = "Texts after quiet hours";
    public const string DigestEntries = "Into email digests";
    public const string HeldByCap = "Texts held by daily caps";
    public const string EmailsHeldByCap = "Emails held by daily caps (moved to their digest)";

    // The rest of "Into email digests" by why each entry is there (DigestEntryParts, trial s44 #5): with the emails
    // held by caps above, they add up to it.
    public const string DigestEntriesChosen = "Into email digests they chose";
    public const string TextsCappedToDigest = "Texts over daily caps (moved to their email digest)";
    public const string StaleTextsToDigest = "Texts too old by the end of quiet hours (moved to their email digest)";
    public const string HeldStale = "Texts held as stale after quiet hours";
    public const string FollowUpEmails = "Follow-up emails to earlier recipients";
    public const string FollowUpTexts = "Follow-up texts to earlier recipients";

    // Trial finding #6 (issue 16): a follow-up's reach did not say who it cannot reach. {0}: the count (ConsoleWords.Missed).
    public const string MissedCorrectionOne = "1 person who got an earlier version has since stopped alerts; they will not get the correction.";
    public const string MissedCorrectionMany = "{0} people who got an earlier version have since stopped alerts; they will not get the correction.";
    public const string MissedWithdrawalOne = "1 person who got this story has since stopped alerts; they will not be told it was withdrawn.";
    public const string MissedWithdrawalMany = "{0} people who got this story have since stopped alerts; they will not be told it was withdrawn.";
    public const string MissedCorrectedOne = "1 person who got an earlier version had since stopped alerts; they did not get the correction.";
    public const string MissedCorrectedMany = "{0} people who got an earlier version had since stopped alerts; they did not get the correction.";
    public const string MissedWithdrawnOne = "1 person who got this story had since stopped alerts; they were not told it was withdrawn.";
    public const string MissedWithdrawnMany = "{0} people who got this story had since stopped alerts; they were not told it was withdrawn.";
    public const string MissedVersionPrefix = "Version {0}: ";
    public const string SamplesTitle = "Why they match (examples)";
    public const string SubscriberColumn = "Subscriber";
    public const string ExamplePrefix = "Example ";
    public const string WaysColumn = "How it reaches them";
    public const string WayEmailNow = "email now";
    public const string WayTextNow = "text now";
    public const string WayTextLater = "text after their quiet hours";
    public const string WayDigest = "in their email digest";
    public const string TopicColumn = "Topic";
    public const string ReasonColumn = "Why";
    public const string CostTitle = "Estimated SMS cost";
    public const string CountryColumn = "Country";
    public const string TextsColumn = "Texts";
    public const string SegmentsColumn = "Segments";
    public const string PriceColumn = "Price per segment";
    public const string CostColumn = "Cost";
    public const string NoPrice = "no price set";
    public const string Total = "Total";
    public const string EmailTitle = "The email";
    public const string EmailFrameTitle = "The email as sent (HTML)";

    /// <summary>The email frame's title when its preview id has expired or is not this editor's.</summary>
    public const string EmailPreviewGoneTitle = "Preview expired";

    /// <summary>The email frame's note when its preview id has expired or is not this editor's.</summary>
    public const string EmailPreviewGone = "This preview has expired. Preview the story again to see its email.";
    public const string EmailTextSummary = "Plain-text part";
    public const string SmsTitle = "The text";
    public const string FirstSmsTitle = "The first text to a number (with the opt-out line)";
    public const string EmailLanguagesNote = "Each subscriber’s email is written in the language they chose (the subject’s prefix, the reason, the labels, dates and links; the story’s headline and summary stay as written): here is the email in each language it goes out in, with how many emails and digest entries.";
    public const string EmailFrameLanguageFormat = "{0}: {1}";
    public const string OneEmail = "1 email";
    public const string ManyEmails = "{0} emails";
    public const string OneDigestEntry = "1 digest entry";
    public const string ManyDigestEntries = "{0} digest entries";
    public const string NoEmailsExample = "{0} (nobody is emailed; shown as an example)";
    public const string DigestOnlyNote = "Only digests carry the story to readers of this language: their digest email is composed when it is due.";
    public const string SmsLanguagesNote = "Each subscriber’s text is written in the language they chose: here is the text in each language it goes out in, with how many texts and segments.";
    public const string LanguageTextsFormat = "{0}: {1}, {2}";
    public const string OneText = "1 text";
    public const string ManyTexts = "{0} texts";
    public const string NoTextsExample = "{0} (nobody is texted; shown as an example)";
    public const string ExampleNote = "As sent to an example subscriber whose clock is on UTC time: each subscriber’s own links, reason and clock differ.";
    public const string PublishButton = "Publish and send";
    public const string BackToConsole = "Back to the console";
    public const string DecisionLabel = "What this version is";
    public const string NothingToPublishTitle = "Nothing to publish";
    public const string StoryTitlePrefix = "Story: ";
    public const string StoryGoneTitle = "No such story";
    public const string StoryGoneMessage = "No story with this id was published here.";
    public const string DeliveryTitle = "Delivery";
    public const string ChannelColumn = "Channel";
    public const string QueuedColumn = "Queued";
    public const string ScheduledColumn = "Scheduled (after quiet hours)";
    public const string LedgerOnly = "This story came from a feed: nothing records how many alerts were planned, so these are the delivery ledger’s counts alone (alerts not picked up yet are not shown).";
    public const string SentColumn = "Sent";
    public const string DeliveredColumn = "Delivered";
    public const string FailedColumn = "Failed";
    public const string DeadLetteredColumn = "Dead-lettered";
    public const string NotSentColumn = "Not sent";
    public const string ReasonsTitle = "Failed, dead-lettered or not sent, and why";
    public const string Refreshing = "Sending: the counts below update every few seconds.";
    public const string DigestRow = "Email digests";
    public const string DigestHint = "Email digests: each count is a subscriber whose digest carries the story. Queued: their digest is due and going out; Scheduled: waiting for their digest; Sent: went out in their digest (email has no delivery reports).";
    public const string DigestNextPrefix = "Next digests from ";

    // Trial s44 #5: how many of the digest entries a daily cap moved there when the story was published ({0}: that many).
    public const string DigestMovedByCap = "{0} of them moved there by a daily cap when it was published.";
    public const string DigestPartialPrefix = "Digest counts cover the first ";
    public const string DigestPartialSuffix = " entries of this story (earliest due first); it has more, not counted here.";

    /// <summary>The delivery note once nothing is queued any more.</summary>
    public const string SendingDone = "Sending finished.";
    public const string AuditTitle = "Audit";
    public const string AuditEmpty = "No actions recorded.";

    // Trial s44: a side part that failed to read failed the whole story page; now it says so in its place.
    public const string AuditUnread = "The audit could not be read just now. Reload the page to try again.";
    public const string DeliveryUnread = "Some of the delivery could not be read just now, so rows may be missing. Reload the page to try again.";
    public const string DigestsUnread = "The story’s digest entries could not be read just now. Reload the page to try again.";
    public const string WhenColumn = "When (UTC)";
    public const string WhoColumn = "Who";
    public const string ActionColumn = "Action";
    public const string SentCountsColumn = "Emails / texts";
    public const string NoteColumn = "Note";
    public const string ActionsTitle = "Actions";
    public const string FlagBreakingButton = "Flag as breaking";
    public const string FlagBreakingHint = "Publishes the next version with urgency 1; the preview shows what it will send first.";
    public const string NoteLabel = "Note to readers";
    public const string RetractButton = "Retract";
    public const string CorrectButton = "Correct";
    public const string RetractHint = "Withdraws the story: everyone sent it gets a follow-up.";
    public const string CorrectHint = "A major correction: everyone sent it gets a follow-up with the corrected headline and your note.";
    public const string NoteMissing = "Enter a note to readers";
    public const string CorrectedHeadlineLabel = "Corrected headline";
    public const string CorrectedHeadlineHint = "As it stands now; change what was wrong. The follow-up is sent under this headline.";
    public const string CorrectedBodyLabel = "Corrected text";
    public const string CorrectedHeadlineMissing = "Enter the corrected headline";
    public const string CorrectedHeadlineTooLong = "The headline must be at most {0} characters";
    public const string ChangedMeanwhileTitle = "The story changed meanwhile";
    public const string ChangedMeanwhileMessage = "Another version was published since this preview. Open the story again and preview once more.";
    public const string WithdrawnNoActions = "This story is withdrawn: it takes no new versions.";
    public const string OpenStory = "Open the story";

    // What a version is (ConsoleWords.Decision): one sentence each.
    public const string DecisionNewStory = "A new story: it alerts the subscribers below.";
    public const string DecisionUpgrade = "A more urgent version of a published story: it alerts those who did not get the story yet on a channel that now takes it.";
    public const string DecisionUpgradeSent = "A more urgent version of a story already sent to some of its readers: it alerts those who did not get the story yet on a channel that now takes it.";
    public const string DecisionUpgradeOnItsWay = "A more urgent version of a story on its way to some of its readers but sent to none of them yet: it alerts those it is not on its way to, on a channel that now takes it.";
    public const string DecisionUpgradeSentToNobody = "A more urgent version of a published story that was sent to none of its readers: it alerts them on a channel that now takes it.";
    public const string DecisionCorrection = "A newer version that is not more urgent: it is stored and alerts nobody.";
    public const string DecisionWithdrawal = "A withdrawal: everyone sent the story gets a follow-up.";
    public const string DecisionMajorCorrection = "A major correction: everyone sent the story gets a follow-up.";
    public const string DecisionDuplicate = "This version was published already: nothing to send.";
    public const string DecisionStale = "A newer version is stored: this one would be refused.";
    public const string DecisionUnknownStory = "No such story was published here: nothing to withdraw or correct.";
    public const string DecisionAfterWithdrawal = "This story was withdrawn: it takes no new versions. To publish it again, give it a new id (the uri in ninjs).";
    public const string WithdrawnStoryTitle = "This story was withdrawn";

    // Audit actions (ConsoleWords.Action).
    public const string ActionPublished = "Published";
    public const string ActionUpgraded = "Flagged as breaking";
    public const string ActionUpdated = "Updated (no alerts)";
    public const string ActionRetracted = "Retracted";
    public const string ActionCorrected = "Corrected (major)";

    // Ledger states in reasons (ConsoleWords.State).
    public const string StateClaimed = "Being sent";
    public const string StateRetrying = "Retrying";
    public const string StateSent = "Sent";
    public const string StateDelivered = "Delivered";
    public const string StateFailed = "Failed";
    public const string StateSkipped = "Not sent";
    public const string StateHeldStale = "Held: stale after quiet hours";
    public const string StateHeldByCap = "Held by the daily cap";
    public const string StateDeadLettered = "Dead-lettered";

    // Delivery rows (ConsoleWords.Row): "SMS: withdrawal follow-up (version 3)".
    public const string ChannelEmail = "Email";
    public const string ChannelSms = "SMS";
    public const string KindAlert = "alert";
    public const string KindWithdrawalFollowUp = "withdrawal follow-up";
    public const string KindCorrectionFollowUp = "correction follow-up";
    public const string KindVersion = " (version {0})";
    public const string AlertRowHint = "Alert rows count the story’s first alert and, if it was flagged as breaking, the alerts the upgrade sent (a subscriber gets one alert per story). Each retraction or major correction has rows of its own for its follow-ups.";

    // SMS cost (ConsoleWords.Country, NoPrice, Total).
    public const string UnknownCountry = "unknown country";
    public const string NoPriceFor = "No price set for {0}; set Sms:PricePerSegment:{1}";
    public const string TotalAtLeast = "at least {0}; {1}";
    public const string TotalUnknown = "unknown: no price is set for the countries texted ({0})";
    public const string OneTextUnpriced = "1 text to a country without a price";
    public const string TextsUnpriced = "{0} texts to countries without a price";

    // SMS measure and the UCS-2 warning (ConsoleWords.Measure, Ucs2).
    public const string MeasureFormat = "{0}, {1}, {2} {3}";
    public const string OneSegment = "1 segment";
    public const string ManySegments = "{0} segments";
    public const string Gsm7 = "GSM-7";
    public const string Ucs2 = "UCS-2";
    public const string Septets = "septets";
    public const string Utf16Units = "UTF-16 units";
    public const string Ucs2ByWording = "Sent as UCS-2 (70 characters a segment instead of 160) because of the {0} wording: {1}.";
    public const string Ucs2Forced = "Sent as UCS-2 (70 characters a segment instead of 160) because of {0}: {1}; without them {2}.";
    public const string Ucs2ByScript = "Texts written in {0} script go as UCS-2 (70 characters a segment instead of 160): {1}.";
    public const string Ucs2OutsideScript = "Outside {0} script the headline also has {1}: without them {2}.";
    public const string Ucs2LinkLater = "The link is not in the first segment: readers see it only when the whole text has arrived.";
    public const string Ucs2HeadlineCut = "The headline is cut shorter because of them.";
    public const string Ucs2LinkFits = "The link still fits in the first segment.";
    public const string Ucs2LinkPushed = "The link no longer fits in the first segment: readers see it only when the whole text has arrived.";
    public const string Ucs2Title = "Characters that make the text longer";

    // The subject of a refused form field's error (ConsoleWords.ArticleError): "The body is longer than 50000 characters".
    public const string FieldHeadline = "The headline";
    public const string FieldBody = "The body";
    public const string FieldUrgency = "The urgency";
    public const string FieldUrl = "The link";
    public const string FieldId = "The story id";
    public const string FieldOther = "The story";
    public const string FieldNote = "The note";
    public const string FieldName = "Your name";
    public const string FieldLanguage = "The language";

    // How each matched subscriber hears of the story, one line per outcome with any subscriber (MatchedOutcomes, trial
    // r32 #7): the lines add up to the matched subscribers.
    public const string OutcomesTitle = "How each matched subscriber hears of it";
    public const string OutcomeNow = "By email or text now";
    public const string OutcomeAfterQuietHours = "By text after their quiet hours";
    public const string OutcomeDigest = "In their next email digest";
    public const string OutcomeDigestByCap = "In their next email digest, moved there by a daily cap";
    public const string OutcomeHeldByCap = "Nothing: over their daily cap";
    public const string OutcomeHeldStale = "Nothing: stale by the end of their quiet hours";
    // Counted from the ledger, queued alerts and digest entries, sent or not (EarlierAlerts): "reached" alone was untrue
    // for those whose digest had not gone yet (trial r36 #15).
    public const string OutcomeAlreadySent = "Nothing new: an earlier version reached them or is on its way (queued, or in their next digest)";
    public const string OutcomePaused = "Nothing: their alerts are paused";
    public const string OutcomeNotUrgentEnough = "Nothing: less urgent than they want texts for";
    public const string OutcomeNoChannel = "Nothing: opted out or unconfirmed on every channel";

    // The desk language (trial r37): the language the publish form starts on, kept per editor sign-in.
    public const string DeskTitle = "Your desk language";
    public const string DeskLabel = "Desk language";
    // Trial r38 #10: it said "in the form below" of the story form, which is above it.
    public const string DeskHint = "New stories start in this language. You can still choose another for each story in the story form above.";
    public const string DeskButton = "Save desk language";
    public const string DeskSavedPrefix = "Saved: new stories start in ";
    public const string DeskRefused = "Desk language: choose one of the languages in the list.";

    // Trial r37 (phone and desktop look): an expired console form left the editor on a subscriber page with no way back.
    public const string FormExpiredMessage = "This form has expired (a preview left open too long) or did not come from this console. Nothing was published or changed. Open the page again and repeat the step.";
    public const string FormExpiredLink = "Open the page again";
    // The two actions' notes were both "Note to readers", one under the other with no heading on a phone.
    public const string CorrectTitle = "Correct the story";
    public const string RetractTitle = "Retract the story";
    public const string BreakingTitle = "Flag as breaking news";
    public const string CorrectionNoteLabel = "Correction note to readers";
    public const string RetractionNoteLabel = "Retraction note to readers";
    // "Already sent" split by what the records say (trial r37): each line a subscriber an earlier version reached or not.
    public const string OutcomeEarlierSent = "Nothing new: an earlier version was sent to them";
    public const string OutcomeEarlierSending = "Nothing new: an earlier version is being sent to them now";
    public const string OutcomeEarlierAfterQuietHours = "Nothing new: an earlier version’s text waits for the end of their quiet hours";
    public const string OutcomeEarlierInDigest = "Nothing new: an earlier version waits in their email digest, not sent yet";
    public const string OutcomeEarlierFromPrefix = "first from ";
    public const string OutcomeEarlierNotSentPrefix = "Nothing, and an earlier version was not sent either – ";
}
