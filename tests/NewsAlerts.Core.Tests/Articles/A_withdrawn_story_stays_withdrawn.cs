namespace NewsAlerts.Core.Tests.Articles;

using NewsAlerts.Core.Articles;

public sealed class A_withdrawn_story_stays_withdrawn
{
    private static readonly ArticleNotice Withdrawn = new(NoticeKind.Withdrawn, "Not verified.");
    private static readonly ArticleNotice Corrected = new(NoticeKind.Corrected, "12, not 120.");

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 2)]
    public void Withdrawing_the_version_sent_or_a_newer_one_is_a_withdrawal(int stored, int incoming) =>
        Assert.Equal(VersionDecision.Withdrawal, ArticleVersions.Decide(Version(stored), Version(incoming, notice: Withdrawn)));

    [Fact]
    public void Withdrawing_an_older_version_is_stale() =>
        Assert.Equal(VersionDecision.Stale, ArticleVersions.Decide(Version(3), Version(2, notice: Withdrawn)));

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void A_second_withdrawal_of_any_version_sends_nothing(int incoming) =>
        Assert.Equal(VersionDecision.Duplicate, ArticleVersions.Decide(Version(2, notice: Withdrawn), Version(incoming, notice: Withdrawn)));

    // Trial of issue 17: reusing a withdrawn story's id with an older version was told "a newer version is stored".
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_ordinary_version_of_a_withdrawn_story_older_same_or_newer_is_refused_as_withdrawn(int incoming)
    {
        Assert.Equal(VersionDecision.AfterWithdrawal, ArticleVersions.Decide(Version(2, notice: Withdrawn), Version(incoming)));
        Assert.Equal(VersionDecision.AfterWithdrawal, ArticleVersions.Decide(Version(2, notice: Withdrawn), Version(incoming, notice: Corrected)));
    }

    [Fact]
    public void Withdrawing_or_correcting_a_story_never_published_is_an_unknown_story()
    {
        Assert.Equal(VersionDecision.UnknownStory, ArticleVersions.Decide(null, Version(1, notice: Withdrawn)));
        Assert.Equal(VersionDecision.UnknownStory, ArticleVersions.Decide(null, Version(2, notice: Corrected)));
    }

    [Fact]
    public void A_major_correction_needs_a_newer_version_and_wins_over_an_urgency_rise()
    {
        Assert.Equal(VersionDecision.MajorCorrection, ArticleVersions.Decide(Version(1, urgency: 5), Version(2, urgency: 1, notice: Corrected)));
        Assert.Equal(VersionDecision.Duplicate, ArticleVersions.Decide(Version(2), Version(2, notice: Corrected)));
        Assert.Equal(VersionDecision.Stale, ArticleVersions.Decide(Version(3), Version(2, notice: Corrected)));
    }

    [Fact]
    public void A_newer_version_carrying_the_same_correction_is_an_ordinary_version()
    {
        Assert.Equal(VersionDecision.Correction, ArticleVersions.Decide(Version(2, notice: Corrected), Version(3, notice: Corrected)));
        Assert.Equal(VersionDecision.Upgrade, ArticleVersions.Decide(Version(2, urgency: 3, notice: Corrected), Version(3, urgency: 1, notice: Corrected)));
    }

    [Fact]
    public void A_newer_version_with_a_changed_correction_note_is_a_new_major_correction() =>
        Assert.Equal(
            VersionDecision.MajorCorrection,
            ArticleVersions.Decide(Version(2, notice: Corrected), Version(3, notice: new ArticleNotice(NoticeKind.Corrected, "12, not 20."))));

    [Fact]
    public void Ordinary_versions_decide_as_before()
    {
        Assert.Equal(VersionDecision.NewStory, ArticleVersions.Decide(null, Version(1)));
        Assert.Equal(VersionDecision.Correction, ArticleVersions.Decide(Version(1, urgency: 3), Version(2, urgency: 3)));
        Assert.Equal(VersionDecision.Upgrade, ArticleVersions.Decide(Version(1, urgency: 3), Version(2, urgency: 1)));
    }

    private static Article Version(int version, int urgency = 3, ArticleNotice? notice = null) =>
        new("urn:test:1", version, "Truce in Aleppo", "Talks resume.", null, "Example", "en", [], urgency, null, DateTimeOffset.UnixEpoch, null, notice);
}
