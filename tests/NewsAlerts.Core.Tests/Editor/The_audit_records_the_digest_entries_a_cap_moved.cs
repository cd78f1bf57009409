namespace NewsAlerts.Core.Tests.Editor;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Planning;

/// <summary>Trial s44 #5: the story page said "Email digests … Scheduled 4" with no word that one was an email a daily cap moved there.</summary>
public sealed class The_audit_records_the_digest_entries_a_cap_moved
{
    private static readonly Article Story = new("urn:a", 1, "Aleppo: Syria reopens the road to the north", "Body", null, "Wire", "en", [], 3, null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_publication_records_the_entries_moved_by_email_and_text_caps()
    {
        var reach = new Reach(6, 6, 2, 0, 1, EmailDigestEntries: 4, EmailDigestEntryParts: new DigestEntryParts(Chosen: 2, MovedByEmailCap: 1, MovedBySmsCap: 1));

        var entry = AuditEntries.Of(Story, new IngestResult(Story.Id, 1, VersionDecision.NewStory, reach, [], DryRun: false), new EditorIdentity("Desk", "editor"), DateTimeOffset.UnixEpoch);

        Assert.Equal(2, entry!.DigestEntriesMovedByCap);
    }

    [Fact]
    public void A_reach_without_parts_records_none()
    {
        var entry = AuditEntries.Of(Story, new IngestResult(Story.Id, 1, VersionDecision.NewStory, new Reach(1, 1, 1, 0, 1), [], DryRun: false), new EditorIdentity("Desk", "editor"), DateTimeOffset.UnixEpoch);

        Assert.Equal(0, entry!.DigestEntriesMovedByCap);
    }
}
