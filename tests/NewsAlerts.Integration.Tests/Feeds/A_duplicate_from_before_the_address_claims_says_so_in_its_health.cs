namespace NewsAlerts.Integration.Tests.Feeds;

using System.Text.Json;
using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Testing;

/// <summary>
/// Issue 18 (feedperf): two feeds registered at one address before address claims existed. The claims' backfill gives
/// the address to the older; the younger shows <c>duplicateOf</c> (the older's id), a notice and <c>flagged</c> in its health,
/// in <c>GET /api/feeds/{id}</c> and in the list alike, and the older shows none.
/// </summary>
public sealed class A_duplicate_from_before_the_address_claims_says_so_in_its_health(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private FeedStand stand = null!;

    public async Task InitializeAsync() => stand = await FeedStand.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stand.DisposeAsync();

    [Fact]
    public async Task The_younger_of_two_feeds_at_one_address_names_the_older_and_the_older_names_none()
    {
        var path = Publish("older");
        var older = await stand.AddFeedAsync(path);
        var younger = await stand.AddFeedAsync(Publish("younger"));
        var tables = new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = stand.Host.TablePrefix }));
        await RegisteredBeforeTheClaimsAtAsync(tables, younger, stand.Server.UrlOf(path));
        // The older holds the address's claim, as the backfill leaves it (here its own registration claimed it).
        Assert.Equal(older, await new TableFeedStore(tables).HolderAsync(stand.Server.UrlOf(path), CancellationToken.None));

        var one = (await stand.GetAsync(younger)).GetProperty("health");
        var list = (await ListAsync()).ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("health"));

        foreach (var health in new[] { one, list[younger] })
        {
            Assert.Equal(older, health.GetProperty("duplicateOf").GetString());
            Assert.True(health.GetProperty("flagged").GetBoolean());
            Assert.Contains(older, health.GetProperty("notice").GetString(), StringComparison.Ordinal);
        }

        foreach (var health in new[] { (await stand.GetAsync(older)).GetProperty("health"), list[older] })
        {
            Assert.Equal(JsonValueKind.Null, health.GetProperty("duplicateOf").ValueKind);
            Assert.False(health.GetProperty("flagged").GetBoolean());
        }
    }

    // Moves the younger feed's rows to the older one's URL and drops its claims: the table as two registrations at one
    // address left it before the claims existed.
    private static async Task RegisteredBeforeTheClaimsAtAsync(TableSet tables, string id, Uri url)
    {
        var client = await tables.GetAsync("feeds", CancellationToken.None);
        foreach (var rowKey in new[] { "registration", "state" })
        {
            var row = (await client.GetEntityAsync<TableEntity>(id, rowKey)).Value;
            using var json = JsonDocument.Parse(row.GetString("Json"));
            var from = json.RootElement.GetProperty("url").GetString()!;
            row["Json"] = row.GetString("Json").Replace(from, url.AbsoluteUri, StringComparison.Ordinal);
            await client.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
        }

        await foreach (var claim in client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"~addresses"} and FeedId eq {id}")))
        {
            await client.DeleteEntityAsync(claim.PartitionKey, claim.RowKey);
        }
    }

    private async Task<List<JsonElement>> ListAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/feeds");
        request.Headers.Add("x-functions-key", TestFunctionHost.DefaultKey);
        using var response = await stand.Host.Client.SendAsync(request);
        return [.. (await Api.BodyAsync(response)).GetProperty("feeds").EnumerateArray()];
    }

    private string Publish(string name)
    {
        var path = $"{name}-{Guid.NewGuid():N}.xml";
        stand.Server.Publish(path, new RssFeed($"Duplicate {name}", [new RssItem($"urn:dup:{path}", "Armistice talks", "Talks go on.", $"https://example.com/{path}", DateTimeOffset.UtcNow.AddHours(-1))]).ToXml());
        return path;
    }
}
