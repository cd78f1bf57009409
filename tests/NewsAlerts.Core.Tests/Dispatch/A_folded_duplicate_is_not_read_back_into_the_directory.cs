namespace NewsAlerts.Core.Tests.Dispatch;

using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Subscribers;

// A batch queued before the fold may still name an old duplicate: the directory must not read it back from the store
// (its contact would get the alert a second time, as the survivor), until its group comes apart again.
public sealed class A_folded_duplicate_is_not_read_back_into_the_directory
{
    private static readonly DateTimeOffset Then = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Subscriber survivor = new("a", "reader@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "Syria", false)], 2, Then);
    private readonly Subscriber duplicate = new("b", "Reader@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "Gaza", false)], 2, Then.AddDays(1));

    [Fact]
    public async Task The_duplicate_finds_nobody_while_it_is_folded_and_is_read_again_once_unfolded()
    {
        var directory = new SubscriberDirectory(new InMemorySubscribers([survivor, duplicate]));
        Assert.Equal("b", (await directory.FindAsync("b", CancellationToken.None))?.Id);

        directory.Upsert(survivor with { MergedIds = ["b"] });
        var whileFolded = await directory.FindAsync("b", CancellationToken.None);
        var survivorFound = await directory.FindAsync("a", CancellationToken.None);

        directory.Upsert(survivor);
        var afterUnfolding = await directory.FindAsync("b", CancellationToken.None);

        Assert.Null(whileFolded);
        Assert.Equal(["b"], survivorFound?.MergedIds);
        Assert.Equal("b", afterUnfolding?.Id);
    }

    [Fact]
    public async Task A_duplicate_upserted_on_its_own_is_found_again()
    {
        var directory = new SubscriberDirectory(new InMemorySubscribers([survivor, duplicate]));
        directory.Upsert(survivor with { MergedIds = ["b"] });

        directory.Upsert(duplicate);

        Assert.Equal("b", (await directory.FindAsync("b", CancellationToken.None))?.Id);
    }
}
