namespace NewsAlerts.Integration.Tests.Feeds;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Testing;

/// <summary>
/// Trial s42 #A on the real stack (the local feed server and its hub, Azurite, the Service Bus emulator): a feed item
/// titled <c>Syria&lt;script&gt;…&lt;/script&gt; truce U+200B U+200B holds 🕊️ in Aleppo U+202E evil</c> was ingested and
/// emailed with its override and zero-width spaces, which <c>POST /api/articles</c> refuses. Pushed or polled, a feed's
/// item passes the article text rule: it is stored and alerted cleaned, and an item still holding what is not text is
/// stored and alerted never, and named with the reason in the feed's health.
/// </summary>
[Collection("queues")]
public sealed class Feed_items_pass_the_article_text_rule(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private const string TrialTitle = "Syria<script>alert('x')</script> truce \u200b\u200bholds 🕊️ in Aleppo \u202eevil";

    private FeedStand stand = null!;

    public async Task InitializeAsync()
    {
        stand = await FeedStand.StartAsync(fixture.Stack, webSub: true);
        await stand.FollowAsync($"feedtext-{Guid.NewGuid():N}", "feedtext@example.com", "truce");
    }

    public async Task DisposeAsync() => await stand.DisposeAsync();

    [Fact]
    public async Task The_trials_item_is_alerted_cleaned_and_an_item_still_not_text_is_named_and_never_alerted_pushed_or_polled()
    {
        var path = $"trial42-{Guid.NewGuid():N}.xml";
        var feed = new RssFeed("Stand trial", [Item(path, "old", "Truce report from the archive", "An older truce story.")]);
        var id = await stand.SubscribeAsync(path, feed);
        var trial = Item(path, "trial", TrialTitle, "A truce \u2066holds\u2069 in\u00a0\u00a0Aleppo.");
        var unusable = Item(path, "unusable", "Truce \uE000 signed", "A truce was signed.");
        var ids = new[] { trial.Guid, unusable.Guid };

        // The hub pushes the new read before any poll.
        stand.Server.Publish(path, (feed with { Items = [trial, unusable, .. feed.Items] }).ToXml());
        await Eventually.TrueAsync(async () => await Articles.GetAsync(trial.Guid, CancellationToken.None) is not null, "the pushed item is stored");
        var pushed = await stand.DrainEmailAlertsAsync(ids);
        var stored = (await Articles.GetAsync(trial.Guid, CancellationToken.None))!;

        await stand.PollWhenDueAsync(id);
        var health = (await stand.GetAsync(id)).GetProperty("health");

        Assert.Equal("Syria truce holds 🕊️ in Aleppo evil", stored.Headline);
        Assert.Equal("A truce holds in Aleppo.", stored.Body);
        Assert.Equal(trial.Guid, Assert.Single(pushed).GetProperty("content").GetProperty("articleId").GetString());
        Assert.Null(await Articles.GetAsync(unusable.Guid, CancellationToken.None));
        Assert.Empty(await stand.DrainEmailAlertsAsync(ids));
        var named = Assert.Single(health.GetProperty("failedItems").EnumerateArray());
        Assert.Equal(unusable.Guid, named.GetProperty("articleId").GetString());
        Assert.Equal(
            "title: contains U+E000 (a private-use character), which has no agreed meaning and can show as nothing; remove it",
            named.GetProperty("reason").GetString());
        Assert.Equal(0, health.GetProperty("consecutiveFailures").GetInt32());
    }

    [Fact]
    public async Task An_item_that_is_cleaned_later_alerts_then_and_leaves_the_health()
    {
        var path = $"fixed-{Guid.NewGuid():N}.xml";
        var feed = new RssFeed("Stand fixed", [Item(path, "old", "Truce report from the archive", "An older truce story.")]);
        var id = await stand.SubscribeAsync(path, feed);
        var unusable = Item(path, "later", "Truce \uE000 signed", "A truce was signed.");
        stand.Server.Publish(path, (feed with { Items = [unusable, .. feed.Items] }).ToXml());
        await stand.PollWhenDueAsync(id);
        var before = (await stand.GetAsync(id)).GetProperty("health");

        stand.Server.Publish(path, (feed with { Items = [unusable with { Title = "Truce \u202esigned" }, .. feed.Items] }).ToXml());
        await stand.PollWhenDueAsync(id);
        var after = (await stand.GetAsync(id)).GetProperty("health");

        Assert.Equal(unusable.Guid, Assert.Single(before.GetProperty("failedItems").EnumerateArray()).GetProperty("articleId").GetString());
        Assert.Empty(after.GetProperty("failedItems").EnumerateArray());
        Assert.Equal("Truce signed", (await Articles.GetAsync(unusable.Guid, CancellationToken.None))!.Headline);
        Assert.Single(await stand.DrainEmailAlertsAsync([unusable.Guid]));
    }

    private IArticleStore Articles => stand.Host.Services.GetRequiredService<IArticleStore>();

    private RssItem Item(string path, string key, string title, string description) =>
        new($"urn:feedtext:{path}:{key}", title, description, $"https://example.com/{path}/{key}", stand.Time.GetUtcNow().AddMinutes(-1));
}
