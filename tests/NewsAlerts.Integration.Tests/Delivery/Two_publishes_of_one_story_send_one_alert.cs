namespace NewsAlerts.Integration.Tests.Delivery;

using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Stories;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Integration.Tests.Editors;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Testing;

/// <summary>
/// Session 44: one wire story published twice (two newsrooms, or one feed re-posting it under a new id, its link with
/// tracking parameters and another scheme) sent a reader two emails. Through the API, the real queue, dispatcher and
/// smtp4dev: the preview of the second says one will be skipped, one email arrives, and the second story's page counts
/// the reader as already having it and says why.
/// </summary>
[Collection("queues")]
public sealed class Two_publishes_of_one_story_send_one_alert(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task The_second_copy_is_previewed_as_skipped_recorded_not_sent_and_its_story_page_says_why()
    {
        var tag = "Zq" + Guid.NewGuid().ToString("N")[..8];
        var subscriber = new Subscriber(
            $"s{tag}", $"reader-{tag}@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC",
            [new Topic("t1", tag, false)], Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UtcNow);
        await stack.Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        await stack.Host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
        var (first, second) = ($"urn:test:{tag}:wire", $"urn:test:{tag}:paper");
        var headline = $"Truce holds in {tag} for a second night";

        await Editor.PublishAsync(stack.Host, Article(first, headline, $"https://wire.example/world/{tag}"));
        await stack.Inbox.WaitForAsync(subscriber.Email!, CancellationToken.None);
        var ledger = stack.Host.Services.GetRequiredService<IDeliveryLedger>();
        // Recorded sent (the inbox has it a moment before): the second is then held back as sent, not as on its way.
        await Eventually.TrueAsync(
            async () => await ledger.GetStateAsync(first, subscriber.Id, Channel.Email, CancellationToken.None) is LedgerState.Sent or LedgerState.Delivered,
            "the first copy is recorded sent", Deadline);
        var copy = Article(second, headline.ToUpperInvariant() + "!", $"http://wire.example/world/{tag}/?utm_source=newsletter");
        var preview = (await Editor.PublishAsync(stack.Host, copy, dryRun: true)).GetProperty("reach");
        await Editor.PublishAsync(stack.Host, copy);

        Assert.Equal(1, preview.GetProperty("alreadyHadStory").GetInt32());
        LedgerEntry? row = null;
        await Eventually.TrueAsync(
            async () => (row = await ledger.GetAsync(second, subscriber.Id, Channel.Email, CancellationToken.None)) is { State: LedgerState.Skipped },
            "the second copy is recorded not sent", Deadline);
        Assert.StartsWith($"{StoryCopies.ReasonPrefix}\"{headline}\" sent at ", row!.Reason, StringComparison.Ordinal);
        Assert.Equal(1, await stack.Inbox.CountAsync(subscriber.Email!, CancellationToken.None));

        using var erin = ConsoleEditor.Browser(stack.Host, "Erin", Deadline);
        using var answer = await erin.GetAsync(new Uri(StoryKeys.PathOf(second).TrimStart('/'), UriKind.Relative));
        var page = await answer.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains($"data-state=\"already-had\" data-label=\"{ConsoleStrings.AlreadyHadColumn}\">1<", page, StringComparison.Ordinal);
        Assert.Contains($"data-state=\"sent\" data-label=\"{ConsoleStrings.SentColumn}\">0<", page, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode($"{StoryCopies.ReasonPrefix}\"{headline}\" sent at "), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_copies_published_at_the_same_moment_send_a_reader_exactly_one_alert()
    {
        // Session 45: the two copies race through the queue and the dispatcher; whichever was recorded first goes, and the
        // other, finding it on its way (its recipients are recorded before the copy is in the index), is held back.
        var (subscriber, tag) = await ReaderAsync();
        var (first, second) = ($"urn:test:{tag}:wire", $"urn:test:{tag}:paper");
        var headline = $"Truce holds in {tag} for a second night";

        await Task.WhenAll(
            Editor.PublishAsync(stack.Host, Article(first, headline, $"https://wire.example/world/{tag}")),
            Editor.PublishAsync(stack.Host, Article(second, headline, $"https://wire.example/world/{tag}?ref=paper")));

        var ledger = stack.Host.Services.GetRequiredService<IDeliveryLedger>();
        var rows = new LedgerEntry?[2];
        await Eventually.TrueAsync(
            async () =>
            {
                rows[0] = await ledger.GetAsync(first, subscriber.Id, Channel.Email, CancellationToken.None);
                rows[1] = await ledger.GetAsync(second, subscriber.Id, Channel.Email, CancellationToken.None);
                return rows.All(r => r?.State is LedgerState.Sent or LedgerState.Delivered or LedgerState.Skipped);
            },
            "both copies are recorded sent or not sent",
            Deadline);
        Assert.Single(rows, r => r!.State is LedgerState.Sent or LedgerState.Delivered);
        Assert.True(StoryCopies.IsSameStoryReason(Assert.Single(rows, r => r!.State == LedgerState.Skipped)!.Reason), string.Join("; ", rows));
        // smtp4dev may list the email a moment after the ledger records it sent; both copies are settled, so no other comes.
        var received = 0;
        await Eventually.TrueAsync(
            async () => (received = await stack.Inbox.CountAsync(subscriber.Email!, CancellationToken.None)) >= 1, "the one email is in the inbox", Deadline);
        Assert.Equal(1, received);
    }

    [Fact]
    public async Task A_withdrawal_of_the_copy_a_reader_had_still_reaches_them_as_a_follow_up()
    {
        var (subscriber, tag) = await ReaderAsync();
        var (first, second) = ($"urn:test:{tag}:wire", $"urn:test:{tag}:paper");
        var headline = $"Truce holds in {tag} for a second night";
        var ledger = stack.Host.Services.GetRequiredService<IDeliveryLedger>();
        await Editor.PublishAsync(stack.Host, Article(first, headline, $"https://wire.example/world/{tag}"));
        await Eventually.TrueAsync(
            async () => await ledger.GetStateAsync(first, subscriber.Id, Channel.Email, CancellationToken.None) is LedgerState.Sent or LedgerState.Delivered,
            "the first copy is recorded sent", Deadline);
        await Editor.PublishAsync(stack.Host, Article(second, headline, $"https://wire.example/world/{tag}/"));
        await Eventually.TrueAsync(
            async () => await ledger.GetStateAsync(second, subscriber.Id, Channel.Email, CancellationToken.None) is LedgerState.Skipped,
            "the second copy is recorded not sent", Deadline);

        // The withdrawal is a follow-up of the first copy's own alert (its own ledger key), never "the same story".
        var withdrawal = JsonNode.Parse(Article(first, headline, $"https://wire.example/world/{tag}"))!;
        (withdrawal["version"], withdrawal["pubstatus"], withdrawal["ednote"]) = ("2", "canceled", "The monitors' report was not confirmed.");
        await Editor.PublishAsync(stack.Host, withdrawal.ToJsonString());

        await Eventually.TrueAsync(
            async () => await stack.Inbox.CountAsync(subscriber.Email!, CancellationToken.None) == 2, "the withdrawal follow-up arrives", Deadline);
    }

    // A confirmed reader by email of a topic of their own (a new tag), known to the matcher.
    private async Task<(Subscriber Subscriber, string Tag)> ReaderAsync()
    {
        var tag = "Zq" + Guid.NewGuid().ToString("N")[..8];
        var subscriber = new Subscriber(
            $"s{tag}", $"reader-{tag}@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC",
            [new Topic("t1", tag, false)], Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UtcNow);
        await stack.Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        await stack.Host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
        return (subscriber, tag);
    }

    // A story about the tag, its body long enough for a lede (headline and lede are one of its same-story keys).
    private static string Article(string id, string headline, string url) => new JsonObject
    {
        ["uri"] = id,
        ["version"] = "1",
        ["headline"] = headline,
        ["body"] = "The truce held through the night, monitors said on Thursday, and aid convoys were cleared to move at dawn.",
        ["urgency"] = 3,
        ["language"] = "en",
        ["url"] = url,
    }.ToJsonString();
}
