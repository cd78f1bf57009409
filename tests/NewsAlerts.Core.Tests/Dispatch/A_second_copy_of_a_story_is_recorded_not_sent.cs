namespace NewsAlerts.Core.Tests.Dispatch;

using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Stories;
using NewsAlerts.Core.Tests.Articles;
using NewsAlerts.Core.Tests.Stories;

/// <summary>
/// Session 44: when two newsrooms or feeds published one wire story (or a feed re-posted it under a new id), a reader got
/// two alerts. The dispatcher holds the second copy back for whoever had the first, and records why.
/// </summary>
public sealed class A_second_copy_of_a_story_is_recorded_not_sent
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Ids = ["s1", "s2", "s3"];
    private const string Keys = "link:aaa text:bbb";

    [Fact]
    public async Task A_reader_sent_the_first_copy_is_skipped_with_its_headline_and_time_and_the_others_get_it()
    {
        var (copies, ledger, email) = (new InMemoryStoryCopies(), new InMemoryLedger(), new RecordingEmail());
        await copies.RecordAsync([new StoryCopy("urn:a", "Truce extended to Aleppo", Noon.AddMinutes(-30), ["link:aaa"]), new StoryCopy("urn:b", "Truce in Aleppo", Noon, ["link:aaa", "text:bbb"])], default);
        ledger.Rows[("urn:a", "s1")] = new LedgerEntry("s1", Channel.Email, LedgerState.Sent, null, Noon.AddMinutes(-29));
        ledger.Rows[("urn:a", "s2")] = new LedgerEntry("s2", Channel.Email, LedgerState.Failed, "550 no such user", Noon.AddMinutes(-29));

        var outcome = await Dispatcher(ledger, email, copies).DispatchAsync(Second(), CancellationToken.None);

        Assert.Equal(["s2", "s3"], email.To.Order());
        Assert.Equal((2, 1), (outcome.Sent, outcome.Skipped));
        var skipped = Assert.Single(ledger.Records, r => r.SubscriberId == "s1");
        Assert.Equal((LedgerState.Skipped, "same story as \"Truce extended to Aleppo\" sent at 2026-12-03 11:31 UTC"), (skipped.State, skipped.Reason));
    }

    [Fact]
    public async Task An_earlier_copy_still_queued_for_a_reader_holds_this_one_back()
    {
        var (copies, ledger, email, planned) = (new InMemoryStoryCopies(), new InMemoryLedger(), new RecordingEmail(), new InMemoryPlannedAlerts());
        await copies.RecordAsync([new StoryCopy("urn:a", "Truce extended", Noon.AddMinutes(-1), ["link:aaa"])], default);
        ledger.Rows[("urn:a", "nobody")] = new LedgerEntry("nobody", Channel.Email, LedgerState.Sent, null, Noon);
        await planned.RecordAsync("urn:a", [new DeliveryBatch(Channel.Email, 0, Samples.Content() with { ArticleId = "urn:a" }, [new BatchRecipient("s3", "Aleppo")])], default);

        await Dispatcher(ledger, email, copies, planned).DispatchAsync(Second(), CancellationToken.None);

        Assert.Equal(["s1", "s2"], email.To.Order());
        Assert.Equal("same story as \"Truce extended\" already on its way", Assert.Single(ledger.Records, r => r.SubscriberId == "s3").Reason);
    }

    [Fact]
    public async Task Without_another_copy_in_the_window_no_row_of_any_copy_is_read_and_all_go()
    {
        var (copies, ledger, email) = (new InMemoryStoryCopies(), new InMemoryLedger(), new RecordingEmail());
        await copies.RecordAsync([new StoryCopy("urn:a", "Old", Noon.AddHours(-25), ["link:aaa"])], default);
        ledger.Rows[("urn:a", "s1")] = new LedgerEntry("s1", Channel.Email, LedgerState.Sent, null, Noon.AddHours(-25));

        var outcome = await Dispatcher(ledger, email, copies).DispatchAsync(Second(), CancellationToken.None);

        Assert.Equal(3, outcome.Sent);
        Assert.Equal(1, copies.Lists); // once per batch, not per recipient
    }

    [Fact]
    public async Task A_batch_planned_before_keys_were_carried_is_never_held_back()
    {
        var (copies, ledger) = (new InMemoryStoryCopies(), new InMemoryLedger());
        await copies.RecordAsync([new StoryCopy("urn:a", "First", Noon.AddMinutes(-5), ["link:aaa"])], default);
        ledger.Rows[("urn:a", "s1")] = new LedgerEntry("s1", Channel.Email, LedgerState.Sent, null, Noon);
        var email = new RecordingEmail();

        var outcome = await Dispatcher(ledger, email, copies).DispatchAsync(Second() with { Content = Second().Content with { StoryKeys = null } }, CancellationToken.None);

        Assert.Equal(3, outcome.Sent);
        Assert.Equal(0, copies.Lists);
    }

    private static DeliveryBatch Second() =>
        new(Channel.Email, 0, Samples.Content() with { ArticleId = "urn:b", StoryKeys = Keys }, Ids.Select(id => new BatchRecipient(id, "Aleppo")).ToList());

    private static BatchDispatcher Dispatcher(InMemoryLedger ledger, RecordingEmail email, InMemoryStoryCopies copies, InMemoryPlannedAlerts? planned = null) =>
        TestDispatchers.Create(ledger, email, Ids, time: new FakeTimeProvider(Noon), copies: copies, planned: planned);

    private sealed class RecordingEmail : IEmailSender
    {
        public ConcurrentQueue<string> To { get; } = new();

        public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            To.Enqueue(request.SubscriberId);
            return Task.FromResult(SendOutcome.Sent($"<{request.SubscriberId}@example.com>"));
        }
    }
}
