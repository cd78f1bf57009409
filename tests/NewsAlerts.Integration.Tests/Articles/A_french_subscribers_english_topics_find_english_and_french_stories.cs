namespace NewsAlerts.Integration.Tests.Articles;

using System.Text.Json.Nodes;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Trial r31, defect 4, end to end: a subscriber who signed up in French with the topics "Syria" and "ceasefire" got
/// neither the English story "Syria ceasefire: truce holds" nor the French "Syrie : le cessez-le-feu tient à Alep".
/// The French story reaches them now ("Syria" finds "Syrie"), by email, through publishing and the dispatcher; English
/// stories reach a subscriber who reads English (review of s31: not every subscriber, for false friends' sake).
/// </summary>
[Collection("queues")]
public sealed class A_french_subscribers_english_topics_find_english_and_french_stories(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task The_french_story_reaches_the_french_subscriber_by_the_english_country_name()
    {
        var email = $"fr31-{Guid.NewGuid():N}@example.fr";
        await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest(
            email, null, "Europe/Paris", [("Syria", false), ("ceasefire", false)], 2, DeliveryPreferences.AsItHappens, Language: "fr"));

        await Editor.PublishAsync(stack.Host, Story("Syrie : le cessez-le-feu tient à Alep", "fr"));
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(email, CancellationToken.None) >= 1, "the French story reaches the French subscriber");

        var subjects = (await stack.Inbox.ListMessagesAsync(email, CancellationToken.None)).Select(m => m.Subject ?? string.Empty).ToList();
        Assert.Contains(subjects, s => s.Contains("cessez-le-feu", StringComparison.Ordinal));
    }

    private static string Story(string headline, string language) => new JsonObject
    {
        ["uri"] = $"urn:test:{Guid.NewGuid():N}",
        ["version"] = "1",
        ["headline"] = headline,
        ["body_text"] = headline,
        ["language"] = language,
        ["urgency"] = 3,
    }.ToJsonString();
}
