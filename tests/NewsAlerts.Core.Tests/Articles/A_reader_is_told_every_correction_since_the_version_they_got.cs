namespace NewsAlerts.Core.Tests.Articles;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.FollowUps;
using NewsAlerts.Core.Tests.Dispatch;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>
/// Issue 17 (trial): a story corrected twice while its alert was queued went out as the latest version carrying only the
/// last correction's note. The console's correction carries what was wrong in its note, not in an edited body, so each
/// note is kept with the story (<see cref="Article.Corrections"/>): a queued alert goes as the latest version led by every
/// note since the version it was planned as, and a correction follow-up tells every note since the version the reader
/// received, oldest first.
/// </summary>
public sealed class A_reader_is_told_every_correction_since_the_version_they_got
{
    private const string First = "The truce began on Monday.";
    private const string Second = "Talks are in Geneva, not Vienna.";

    [Fact]
    public async Task Each_major_correction_is_kept_with_the_story_and_carried_by_later_versions()
    {
        var articles = new InMemoryArticles();
        var ingestion = TestIngestions.Create(articles, new InMemoryLedger(), new RecordingPublisher(), new FakeTimeProvider(DateTimeOffset.UnixEpoch), [Samples.Subscriber("s1")]);

        foreach (var version in new[] { Version(1, null), Version(2, First), Version(3, First) with { Headline = "Truce in Aleppo holds" }, Version(4, Second), Version(5, Second) })
        {
            await ingestion.IngestAsync(version, dryRun: false, CancellationToken.None);
        }

        var stored = articles.Saved["urn:test:1"];
        Assert.Equal(5, stored.Version);
        Assert.Equal([new CorrectionNote(2, First), new CorrectionNote(4, Second)], stored.Corrections);
        Assert.Equal([First, Second], StoryCorrections.Since(stored, 1, 5));
        Assert.Equal([Second], StoryCorrections.Since(stored, 2, 5));
        Assert.Equal([First], StoryCorrections.Since(stored, 0, 3));
        Assert.Empty(StoryCorrections.Since(stored, 4, 5));
    }

    [Fact]
    public void Carrying_never_repeats_a_note_nor_takes_one_from_an_ordinary_version()
    {
        var once = StoryCorrections.Carry(Version(1, null), Version(2, First), VersionDecision.MajorCorrection);
        var typo = StoryCorrections.Carry(once, Version(3, First), VersionDecision.Correction);
        var withdrawn = StoryCorrections.Carry(typo, Version(4, null) with { Notice = new ArticleNotice(NoticeKind.Withdrawn, "Not verified.") }, VersionDecision.Withdrawal);

        Assert.Equal([new CorrectionNote(2, First)], typo.Corrections);
        Assert.Equal([new CorrectionNote(2, First)], withdrawn.Corrections);
        Assert.Empty(StoryCorrections.Carry(null, Version(1, null), VersionDecision.NewStory).Corrections);
        // A story stored before notes were carried knows its own notice.
        Assert.Equal([First], StoryCorrections.Since(Version(2, First), 1, 2));
    }

    [Theory]
    [InlineData("1", "Correction: The truce began on Monday. Correction: Talks are in Geneva, not Vienna. Talks resume.")]
    [InlineData("2", "Correction: Talks are in Geneva, not Vienna. Talks resume.")]
    [InlineData("3", "Correction: Talks are in Geneva, not Vienna. Talks resume.")]
    public void A_queued_alert_goes_as_the_latest_version_led_by_every_note_since_its_planned_version(string planned, string summary)
    {
        var content = Samples.Content(urgency: 3) with { ArticleVersion = planned };

        var sent = QueuedAlertContent.Of(content, Twice());

        Assert.Equal(("4", summary), (sent.ArticleVersion, sent.Summary));
    }

    [Theory]
    [InlineData(LedgerState.Sent, 1, "The truce began on Monday. Talks are in Geneva, not Vienna.")]
    [InlineData(LedgerState.Delivered, 2, "Talks are in Geneva, not Vienna.")]
    [InlineData(LedgerState.Sent, null, "The truce began on Monday. Talks are in Geneva, not Vienna.")]
    [InlineData(null, null, "The truce began on Monday. Talks are in Geneva, not Vienna.")]
    public void A_correction_follow_up_tells_every_note_since_the_version_the_reader_received(LedgerState? state, int? received, string summary)
    {
        var followUp = Samples.Content() with { ArticleVersion = "4", Notice = new ArticleNotice(NoticeKind.Corrected, Second), Summary = Second };
        var alert = state is { } s ? new LedgerEntry("s1", Channel.Email, s, null, null, received) : null;

        Assert.Equal(summary, FollowUpDecisions.ContentFor(followUp, Twice(), alert).Summary);
        // The follow-up of the first correction tells only its own note, however much later it is sent.
        var earlier = followUp with { ArticleVersion = "2", Notice = new ArticleNotice(NoticeKind.Corrected, First), Summary = First };
        Assert.Equal(First, FollowUpDecisions.ContentFor(earlier, Twice(), new LedgerEntry("s1", Channel.Email, LedgerState.Sent, null, null, 1)).Summary);
        var withdrawal = followUp with { Notice = new ArticleNotice(NoticeKind.Withdrawn, "Not verified."), Summary = "Not verified." };
        Assert.Same(withdrawal, FollowUpDecisions.ContentFor(withdrawal, Twice(), alert));
    }

    // Published as 1, corrected as 2 and 4 (3 an ordinary update carrying the first notice).
    private static Article Twice() =>
        Version(4, Second) with { Body = "Talks resume.", Corrections = [new CorrectionNote(2, First), new CorrectionNote(4, Second)] };

    private static Article Version(int version, string? correction) =>
        new("urn:test:1", version, "Truce in Aleppo", "Talks resume.", null, "Example", "en", ["Aleppo"], 3, null, DateTimeOffset.UnixEpoch, null,
            correction is null ? null : new ArticleNotice(NoticeKind.Corrected, correction));
}
