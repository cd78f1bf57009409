namespace NewsAlerts.Core.Tests.Digests;

using System.Security.Cryptography;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Tests.Dispatch;

public sealed class The_digest_dispatcher_sends_once_and_skips_what_must_not_go
{
    private static readonly DateTimeOffset Seven = TestDigestDispatchers.Seven;
    private static readonly Article Truce = TestDigestDispatchers.Truce;
    private readonly InMemoryDigestStore digests = new();
    private readonly InMemoryLedger ledger = new();
    private readonly InMemorySuppressions suppressionStore = new();
    private readonly CapturingDigestSender sender = new();
    private readonly TokenSigner tokens = new(RandomNumberGenerator.GetBytes(32), TimeProvider.System);

    [Fact]
    public async Task A_digest_is_sent_recorded_and_its_entries_marked_sent_and_a_redelivery_sends_nothing()
    {
        await digests.RecordAsync([new DigestEntry("s1", Seven, "a1", "t1", "\"Aleppo\" in the headline", Truce.PublishedAt)], CancellationToken.None);
        var batch = new DigestBatch("s1", Seven, ["a1"], 0);

        var first = await Dispatcher(Truce).DispatchAsync(batch, CancellationToken.None);
        ledger.Preset["s1"] = ClaimResult.AlreadyDone;
        var again = await Dispatcher(Truce).DispatchAsync(batch, CancellationToken.None);

        Assert.Equal((1, 0, 0, 1), (first.Sent, again.Sent, first.AlreadyDone, again.AlreadyDone));
        var sent = Assert.Single(sender.Requests);
        Assert.Equal(("Aleppo", "Truce in Aleppo"), (sent.Email.Sections[0].Topic, sent.Email.Sections[0].Items[0].Headline));
        Assert.Equal(LedgerState.Sent, Assert.Single(ledger.Records).State);
        Assert.All(await digests.ListAsync(Seven, "s1", CancellationToken.None).ToListAsync(), e => Assert.Equal(DigestEntryState.Sent, e.State));
    }

    [Fact]
    public async Task Only_the_stories_the_digest_carried_are_marked_sent_and_a_late_entry_goes_to_the_next_digest()
    {
        await digests.RecordAsync(
            [new DigestEntry("s1", Seven, "a1", "t1", "why", Truce.PublishedAt), new DigestEntry("s1", Seven, "late", "t1", "why", Truce.PublishedAt)],
            CancellationToken.None);

        var outcome = await Dispatcher(Truce).DispatchAsync(new DigestBatch("s1", Seven, ["a1"], 0), CancellationToken.None);

        Assert.Equal(1, outcome.Sent);
        Assert.Equal(
            [("a1", DigestEntryState.Sent)],
            (await digests.ListAsync(Seven, "s1", CancellationToken.None).ToListAsync()).Select(e => (e.ArticleId, e.State)));
        var late = Assert.Single(await AllEntriesAsync(), e => e.ArticleId == "late");
        Assert.Equal((DigestEntryState.Pending, true), (late.State, late.DueAt > Seven));
    }

    [Fact]
    public async Task A_late_entry_in_a_requeued_batch_is_not_marked_sent_by_the_already_done_path_but_carried_to_the_next_digest()
    {
        // The run queued s1's digest with a1; a late entry landed before it went, and a second run queued a batch that
        // also names it. The first batch sends a1; the second finds the digest done and must not mark "late" sent.
        await digests.RecordAsync([new DigestEntry("s1", Seven, "a1", "t1", "why", Truce.PublishedAt)], CancellationToken.None);
        var first = await Dispatcher(Truce).DispatchAsync(new DigestBatch("s1", Seven, ["a1"], 0), CancellationToken.None);
        await digests.RecordAsync([new DigestEntry("s1", Seven, "late", "t1", "why", Truce.PublishedAt)], CancellationToken.None);
        ledger.Preset["s1"] = ClaimResult.AlreadyDone;

        var requeued = await Dispatcher(Truce).DispatchAsync(new DigestBatch("s1", Seven, ["a1", "late"], 0), CancellationToken.None);

        Assert.Equal((1, 1), (first.Sent, requeued.AlreadyDone));
        Assert.Single(sender.Requests);
        var entries = await AllEntriesAsync();
        Assert.DoesNotContain(entries, e => e is { ArticleId: "late", State: DigestEntryState.Sent });
        var carried = Assert.Single(entries, e => e.ArticleId == "late");
        Assert.Equal((DigestEntryState.Pending, true), (carried.State, carried.DueAt > Seven));
    }

    [Fact]
    public async Task A_suppressed_address_and_a_digest_whose_stories_were_all_withdrawn_are_skipped_with_a_reason()
    {
        await digests.RecordAsync([new DigestEntry("s1", Seven, "a1", "t1", "why", Truce.PublishedAt)], CancellationToken.None);
        var batch = new DigestBatch("s1", Seven, ["a1"], 0);

        var withdrawn = await Dispatcher().DispatchAsync(batch, CancellationToken.None);
        await new SuppressionList(suppressionStore, tokens, TimeProvider.System).SuppressAsync(Channel.Email, "s1@example.com", SuppressionReason.Unsubscribe, CancellationToken.None);
        var suppressed = await Dispatcher(Truce).DispatchAsync(batch, CancellationToken.None);

        Assert.Equal((1, 1), (withdrawn.Skipped, suppressed.Skipped));
        Assert.Empty(sender.Requests);
        Assert.Equal([DigestDispatcher.NothingLeftReason, "contact suppressed"], ledger.Records.Select(r => r.Reason));
    }

    private async Task<List<DigestEntry>> AllEntriesAsync()
    {
        var all = new List<DigestEntry>();
        foreach (var due in await digests.DueTimesAsync(DateTimeOffset.MaxValue, CancellationToken.None))
        {
            all.AddRange(await digests.ListAsync(due, "s1", CancellationToken.None).ToListAsync());
        }

        return all;
    }

    private DigestDispatcher Dispatcher(params Article[] stored) =>
        TestDigestDispatchers.Create(ledger, digests, new StoredArticles(stored), sender, tokens, suppressionStore);
}
