namespace NewsAlerts.Integration.Tests.Tables;

using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Articles;
using NewsAlerts.Testing;

/// <summary>
/// <see cref="TableArticleStore.SaveAsync"/> against Azurite: the story's row is written only when the rule lets the new
/// version replace the stored one (<see cref="ArticleVersions.Replaces"/>), decided on the row as read and written with
/// its ETag, so saves of one story racing each other (an editor's withdrawal, a feed's update) end withdrawn whatever
/// their order, and a version never overwrites a newer one; the short link follows the story's row.
/// </summary>
public sealed class A_stored_story_only_moves_forward_and_stays_withdrawn(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task An_older_version_or_an_update_after_a_withdrawal_leaves_the_stored_story_as_it_is()
    {
        var store = Store();
        var id = $"urn:test:fwd:{Guid.NewGuid():N}";

        await store.SaveAsync(Version(id, 2, withdrawn: false), CancellationToken.None);
        await store.SaveAsync(Version(id, 1, withdrawn: false), CancellationToken.None);
        Assert.Equal((2, false), Read(await store.GetAsync(id, CancellationToken.None)));

        await store.SaveAsync(Version(id, 2, withdrawn: true), CancellationToken.None);
        await store.SaveAsync(Version(id, 3, withdrawn: false), CancellationToken.None);
        Assert.Equal((2, true), Read(await store.GetAsync(id, CancellationToken.None)));
        var link = await store.FindLinkAsync(NewsAlerts.Core.Dispatch.AlertLinks.ShortCode(id), CancellationToken.None);
        Assert.Equal(NoticeKind.Withdrawn, link!.Notice?.Kind);
    }

    [Fact]
    public async Task Racing_saves_of_a_withdrawal_and_updates_always_end_withdrawn()
    {
        var store = Store();
        for (var round = 0; round < 5; round++)
        {
            var id = $"urn:test:race:{Guid.NewGuid():N}";
            await store.SaveAsync(Version(id, 1, withdrawn: false), CancellationToken.None);

            // Each update read version 1 before the withdrawal of version 2 was stored; they all save at once.
            var saves = new[] { Version(id, 2, withdrawn: true) }
                .Concat(Enumerable.Range(0, 6).Select(_ => Version(id, 2, withdrawn: false)))
                .Select(a => Task.Run(() => store.SaveAsync(a, CancellationToken.None)));
            await Task.WhenAll(saves);

            Assert.Equal((2, true), Read(await store.GetAsync(id, CancellationToken.None)));
        }
    }

    [Fact]
    public async Task A_first_version_inserted_without_a_read_still_meets_a_stored_row()
    {
        // A version 1 is inserted before any read (TableArticleStore.InsertFirst); when the row exists the insert fails
        // and the save reads and decides as any other: a retry rewrites the same version, a withdrawal stays, and first
        // versions saved at once end as one row without an error.
        var store = Store();
        var id = $"urn:test:first:{Guid.NewGuid():N}";
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => store.SaveAsync(Version(id, 1, withdrawn: false), CancellationToken.None))));
        Assert.Equal((1, false), Read(await store.GetAsync(id, CancellationToken.None)));
        Assert.NotNull(await store.FindLinkAsync(NewsAlerts.Core.Dispatch.AlertLinks.ShortCode(id), CancellationToken.None));

        await store.SaveAsync(Version(id, 1, withdrawn: true), CancellationToken.None);
        await store.SaveAsync(Version(id, 1, withdrawn: false), CancellationToken.None);
        Assert.Equal((1, true), Read(await store.GetAsync(id, CancellationToken.None)));
        var link = await store.FindLinkAsync(NewsAlerts.Core.Dispatch.AlertLinks.ShortCode(id), CancellationToken.None);
        Assert.Equal(NoticeKind.Withdrawn, link!.Notice?.Kind);
    }

    private TableArticleStore Store() =>
        new(new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("fwd") })));

    private static (int, bool) Read(Article? article) => (article!.Version, article.IsWithdrawn);

    private static Article Version(string id, int version, bool withdrawn) =>
        new(id, version, "Truce in Aleppo", "Talks resume.", null, "Example", "en", [], 3, null, DateTimeOffset.UnixEpoch, null,
            withdrawn ? new ArticleNotice(NoticeKind.Withdrawn, "Not verified.") : null);
}
