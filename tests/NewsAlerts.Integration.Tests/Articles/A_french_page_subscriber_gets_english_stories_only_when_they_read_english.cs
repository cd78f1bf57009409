namespace NewsAlerts.Integration.Tests.Articles;

using System.Text.Json.Nodes;
using NewsAlerts.Integration.Tests.Languages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16, end to end on the real stack: two French subscribers sign up on /signup?lang=fr with the topics "Syria"
/// and "ceasefire", one ticking English under "languages I read", and confirm from the email in smtp4dev. The English
/// story "Syria ceasefire: truce holds" is published: the one who reads English gets it by email, through matching,
/// planning and the dispatcher; the other does not (false friends keep English out unless asked for), though the
/// French story published after it reaches them.
/// </summary>
[Collection("queues")]
public sealed class A_french_page_subscriber_gets_english_stories_only_when_they_read_english(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(
        fixture.Stack, overrides: new Dictionary<string, string?> { ["RateLimits:SignUpsPerClient"] = "1000" }, runDispatcher: true);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task The_english_story_reaches_only_the_one_who_ticked_english()
    {
        var reader = $"reads-en-{Guid.NewGuid():N}@example.fr";
        var other = $"french-only-{Guid.NewGuid():N}@example.fr";
        PageSignUps.SignUpIdOf((await PageSignUps.PostAsync(stack, reader, "fr", "en")).Response);
        PageSignUps.SignUpIdOf((await PageSignUps.PostAsync(stack, other, "fr")).Response);
        await PageSignUps.ConfirmAsync(stack, reader);
        await PageSignUps.ConfirmAsync(stack, other);

        await Editor.PublishAsync(stack.Host, Story("Syria ceasefire: truce holds", "en"));
        await Eventually.TrueAsync(async () => (await SubjectsAsync(reader)).Any(s => s.Contains("truce holds", StringComparison.Ordinal)), "the English story reaches the subscriber who reads English");
        await Editor.PublishAsync(stack.Host, Story("Syrie : le cessez-le-feu tient à Alep", "fr"));
        await Eventually.TrueAsync(async () => (await SubjectsAsync(other)).Any(s => s.Contains("cessez-le-feu", StringComparison.Ordinal)), "the French story reaches the subscriber who reads French only");

        // The English story was matched and sent before the French one was published: the other subscriber had it by now if ever.
        Assert.DoesNotContain(await SubjectsAsync(other), s => s.Contains("truce holds", StringComparison.Ordinal));
    }

    private async Task<List<string>> SubjectsAsync(string email) =>
        [.. (await stack.Inbox.ListMessagesAsync(email, CancellationToken.None)).Select(m => m.Subject ?? string.Empty)];

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
