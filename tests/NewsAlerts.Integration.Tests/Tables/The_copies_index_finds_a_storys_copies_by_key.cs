namespace NewsAlerts.Integration.Tests.Tables;

using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Stories;
using NewsAlerts.Testing;

/// <summary>
/// Session 44 (one story, one alert) in Azurite: the copies index (<see cref="TableStoryCopies"/>) finds every copy sharing
/// a key once, in the window, the first record of a copy standing; a history row keeps its story's keys and the dispatch
/// path reads rows without deleting any.
/// </summary>
public sealed class The_copies_index_finds_a_storys_copies_by_key(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task Copies_sharing_any_key_are_found_once_in_the_window_and_a_second_record_keeps_the_first_time()
    {
        var tables = new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("c") }));
        var copies = new TableStoryCopies(tables);
        var now = DateTimeOffset.UtcNow;
        var longId = "urn:test:" + new string('x', 600); // too long for a key once encoded: its row key is a hash
        await copies.RecordAsync(
        [
            new StoryCopy("urn:a", "Truce holds", now.AddMinutes(-10), ["link:1", "text:1"]),
            new StoryCopy("urn:b", "TRUCE HOLDS!", now.AddMinutes(-5), ["text:1", "source:1"]),
            new StoryCopy(longId, "Truce holds", now.AddMinutes(-4), ["link:1"]),
            new StoryCopy("urn:old", "Truce holds", now.AddHours(-30), ["link:1"]),
            new StoryCopy("urn:other", "Another story", now, ["link:2"]),
        ], CancellationToken.None);
        await copies.RecordAsync([new StoryCopy("urn:a", "Truce holds, updated", now, ["link:1", "text:1"])], CancellationToken.None);

        var found = await copies.ListAsync(["link:1", "text:1", "source:9"], now.AddHours(-24), CancellationToken.None);

        Assert.Equal(["urn:a", "urn:b", longId], found.Select(c => c.ArticleId));
        Assert.Equal("Truce holds", found[0].Headline);
        Assert.Equal(["link:1", "text:1"], found[0].Keys);
        Assert.Equal(now.AddMinutes(-10).ToUnixTimeMilliseconds(), found[0].At.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task A_history_row_keeps_its_storys_keys_and_a_read_for_the_dispatch_path_deletes_nothing()
    {
        var prefix = StackFixture.UniqueName("h");
        var history = new TableAlertHistory(new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = prefix })));
        var now = DateTimeOffset.UtcNow;
        await history.AddAsync(
        [
            new ReceivedAlert("s1", now.AddHours(-1), Channel.Sms, ReceivedKind.Alert, "urn:a", "Truce holds", "Wire", null, "why", 1, "link:1 text:1"),
            new ReceivedAlert("s1", now.AddDays(-40), Channel.Email, ReceivedKind.Alert, "urn:old", "Old", null, null, "why"),
        ], CancellationToken.None);

        var recent = await history.ReceivedSinceAsync("s1", now.AddHours(-24), 10, CancellationToken.None);
        var all = await history.ReceivedSinceAsync("s1", DateTimeOffset.MinValue, 10, CancellationToken.None);

        Assert.Equal("link:1 text:1", Assert.Single(recent).StoryKeys);
        Assert.Equal(2, all.Count);
    }
}
