namespace NewsAlerts.Core.Tests.Editor;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Planning;

public sealed class The_audit_names_what_was_published_and_by_whom
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly EditorIdentity Ana = new("ana@example.org", "development");
    private static readonly DateTimeOffset EndOfQuietHours = new(2026, 12, 4, 7, 0, 0, TimeSpan.Zero);

    private static Article Story(int version = 1, int urgency = 3, ArticleNotice? notice = null) =>
        new("urn:story:1", version, "Truce agreed", "Talks resume.", null, "Example", "en", [], urgency, null, At, Notice: notice);

    private static IngestResult Result(VersionDecision decision, bool dryRun = false) =>
        new("urn:story:1", 1, decision, new Reach(4, 3, 2, 1, 2, SmsScheduled: 1, SmsHeldByCap: 2, SmsHeldStale: 3, FollowUpEmails: 5, FollowUpSms: 6, SmsScheduledUntil: EndOfQuietHours), [], dryRun);

    [Theory]
    [InlineData(VersionDecision.NewStory, EditorAction.Published)]
    [InlineData(VersionDecision.Upgrade, EditorAction.Upgraded)]
    [InlineData(VersionDecision.Correction, EditorAction.Updated)]
    [InlineData(VersionDecision.Withdrawal, EditorAction.Retracted)]
    [InlineData(VersionDecision.MajorCorrection, EditorAction.Corrected)]
    public void Each_stored_version_is_one_entry_naming_its_action(VersionDecision decision, EditorAction action)
    {
        var entry = AuditEntries.Of(Story(), Result(decision), Ana, At);

        Assert.NotNull(entry);
        Assert.Equal(action, entry.Action);
        Assert.Equal(Ana, entry.By);
        Assert.Equal(At, entry.At);
    }

    [Fact]
    public void Alerts_and_follow_ups_are_counted_per_channel_with_texts_after_quiet_hours()
    {
        var entry = AuditEntries.Of(Story(2, notice: new ArticleNotice(NoticeKind.Withdrawn, "Wrong town")), Result(VersionDecision.Withdrawal), Ana, At)!;

        Assert.Equal((2, 7, 8), (entry.Version, entry.Emails, entry.Texts));
        Assert.Equal((1, 5), (entry.TextsScheduled, entry.TextsHeld));
        Assert.Equal(EndOfQuietHours, entry.TextsScheduledUntil);
        Assert.Equal("Wrong town", entry.Note);
    }

    [Theory]
    [InlineData(VersionDecision.Duplicate)]
    [InlineData(VersionDecision.Stale)]
    [InlineData(VersionDecision.UnknownStory)]
    [InlineData(VersionDecision.AfterWithdrawal)]
    public void Nothing_stored_is_nothing_audited(VersionDecision decision) =>
        Assert.Null(AuditEntries.Of(Story(), Result(decision), Ana, At));

    [Fact]
    public void A_dry_run_is_not_audited() =>
        Assert.Null(AuditEntries.Of(Story(), Result(VersionDecision.NewStory, dryRun: true), Ana, At));

    [Fact]
    public void The_cms_path_is_audited_as_the_api_key() =>
        Assert.Equal("API key", AuditEntries.Of(Story(), Result(VersionDecision.NewStory), EditorIdentity.ApiKey, At)!.By.Name);
}
