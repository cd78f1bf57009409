namespace NewsAlerts.Core.Tests.Subscribers;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Tests.Dispatch;

/// <summary>The migration leaves each deleted duplicate an alias to its survivor, and reading an id follows it.</summary>
public sealed class An_id_merged_away_leads_to_its_survivor
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_migration_leaves_an_alias_and_reading_the_old_id_gives_the_survivor()
    {
        var store = new InMemorySubscribers([Row("a", "reader@example.com", Now), Row("b", "READER@example.com", Now.AddDays(1))]);

        await new DuplicateMigration(store, new InMemoryLedger()).RunAsync(dryRun: false, CancellationToken.None);

        Assert.Null(await store.GetAsync("b", CancellationToken.None));
        Assert.Equal("a", await store.FindAliasAsync("b", CancellationToken.None));
        Assert.Equal("a", (await store.GetFollowingAliasesAsync("b", CancellationToken.None))?.Id);
    }

    [Fact]
    public async Task A_dry_run_leaves_no_alias()
    {
        var store = new InMemorySubscribers([Row("a", "reader@example.com", Now), Row("b", "READER@example.com", Now.AddDays(1))]);

        await new DuplicateMigration(store, new InMemoryLedger()).RunAsync(dryRun: true, CancellationToken.None);

        Assert.Null(await store.FindAliasAsync("b", CancellationToken.None));
    }

    [Fact]
    public async Task Aliases_are_followed_in_a_chain_and_lead_nowhere_once_the_survivor_is_erased_or_they_loop()
    {
        var store = new InMemorySubscribers([Row("a", "reader@example.com", Now)]);
        await store.TryAddAliasAsync("c", "b", CancellationToken.None);
        await store.TryAddAliasAsync("b", "a", CancellationToken.None);
        await store.TryAddAliasAsync("x", "y", CancellationToken.None);
        await store.TryAddAliasAsync("y", "x", CancellationToken.None);

        Assert.Equal("a", (await store.GetFollowingAliasesAsync("c", CancellationToken.None))?.Id);
        Assert.False(await store.TryAddAliasAsync("b", "z", CancellationToken.None));
        Assert.Null(await store.GetFollowingAliasesAsync("x", CancellationToken.None));
        await store.DeleteAsync("a", CancellationToken.None);
        Assert.Null(await store.GetFollowingAliasesAsync("c", CancellationToken.None));
    }

    private static Subscriber Row(string id, string email, DateTimeOffset createdAt) =>
        new(id, email, ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "Syria", false)], Subscriber.DefaultSmsMaxUrgency, createdAt);
}
