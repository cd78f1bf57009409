namespace NewsAlerts.Pages.Editor;

/// <summary>The editor console's wording (lists, previews, story pages).</summary>
public static class ConsoleStrings
{
    public const string ConsoleTitle = "Editor console";
    public const string RecentTitle = "Recent stories";
    public const string RecentEmpty = "No stories in the last week.";
    public const string StoryColumn = "Story";
    public const string VersionColumn = "Version";
    public const string UrgencyColumn = "Urgency";
    public const string StateColumn = "State";
    public const string StoredColumn = "Stored (UTC)";
    public const string Withdrawn = "Withdrawn";
    public const string Corrected = "Corrected";
    public const string Breaking = "Breaking";
    public const string Published = "Published";
    public const string PublishTitle = "Publish a story";
    public const string PublishIntro = "Write the story, or paste a ninjs article. Nothing is sent until you confirm on the preview.";
    public const string HeadlineLabel = "Headline";
    public const string BodyLabel = "Body";
    public const string UrgencyLabel = "Urgency";
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
    public const string HeldStale = "Texts held as stale after quiet hours";
    public const string FollowUpEmails = "Follow-up emails to earlier recipients";
    public const string FollowUpTexts = "Follow-up texts to earlier recipients";
    public const string SamplesTitle = "Why they match (examples)";
    public const string SubscriberColumn = "Subscriber";
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
    public const string UnpricedNote = "Countries without a price (setting Sms:PricePerSegment) are left out of the total.";
    public const string EmailTitle = "The email";
    public const string EmailFrameTitle = "The email as sent (HTML)";

    /// <summary>The email frame's title when its preview id has expired or is not this editor's.</summary>
    public const string EmailPreviewGoneTitle = "Preview expired";

    /// <summary>The email frame's note when its preview id has expired or is not this editor's.</summary>
    public const string EmailPreviewGone = "This preview has expired. Preview the story again to see its email.";
    public const string EmailTextSummary = "Plain-text part";
    public const string SmsTitle = "The text";
    public const string FirstSmsTitle = "The first text to a number (with the opt-out line)";
    public const string ExampleNote = "As sent to an example subscriber: each subscriber's own links and reason differ.";
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
    public const string LedgerOnly = "This story came from a feed: nothing records how many alerts were planned, so these are the delivery ledger's counts alone (alerts not picked up yet are not shown).";
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
    public const string DigestPartialPrefix = "Digest counts cover the first ";
    public const string DigestPartialSuffix = " entries of this story (earliest due first); it has more, not counted here.";

    /// <summary>The delivery note once nothing is queued any more.</summary>
    public const string SendingDone = "Sending finished.";
    public const string AuditTitle = "Audit";
    public const string AuditEmpty = "No actions recorded.";
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
    public const string CorrectHint = "A major correction: everyone sent it gets a follow-up with your note.";
    public const string NoteMissing = "Enter a note to readers";
    public const string ChangedMeanwhileTitle = "The story changed meanwhile";
    public const string ChangedMeanwhileMessage = "Another version was published since this preview. Open the story again and preview once more.";
    public const string WithdrawnNoActions = "This story is withdrawn: it takes no new versions.";
    public const string OpenStory = "Open the story";
}
