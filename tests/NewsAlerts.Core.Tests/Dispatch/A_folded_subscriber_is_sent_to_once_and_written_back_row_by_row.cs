namespace NewsAlerts.Core.Tests.Dispatch;

using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;

// A survivor folded from an old duplicate (same address; the number only on the duplicate's row): what went out under
// the duplicate's id counts as its own, and after a send the dispatcher writes back only its own change, to the row
// that holds the contact, never the folded view (MergedIds, the duplicate's topics and number) into the survivor's row.
public sealed class A_folded_subscriber_is_sent_to_once_and_written_back_row_by_row
{
    private static readonly DateTimeOffset Then = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Subscriber survivor = new("a", "reader@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "Aleppo", false)], 2, Then);
    private readonly Subscriber duplicate = new("b", "Reader@example.com", ContactStatus.Confirmed, "+447911123456", ContactStatus.Confirmed, "UTC", [new Topic("t1", "Gaza", false)], 2, Then.AddDays(1));
    private readonly InMemoryLedger ledger = new();
    private readonly Recording sender = new();
    private readonly InMemorySubscribers store;
    private readonly SubscriberDirectory directory;

    public A_folded_subscriber_is_sent_to_once_and_written_back_row_by_row()
    {
        store = new InMemorySubscribers([survivor, duplicate]);
        directory = new SubscriberDirectory(store);
        directory.Upsert(DuplicateMerge.Merge([survivor, duplicate]).Survivor);
    }

    [Theory]
    [InlineData(LedgerState.Sent)]
    [InlineData(LedgerState.Delivered)]
    public async Task An_alert_sent_under_the_duplicates_id_is_not_sent_again(LedgerState underDuplicate)
    {
        ledger.States["b"] = underDuplicate;

        var outcome = await Dispatcher().DispatchAsync(Samples.Batch(Channel.Email, "a"), CancellationToken.None);

        Assert.Empty(sender.Emails);
        Assert.Equal(1, outcome.AlreadyDone);
        var record = Assert.Single(ledger.Records);
        Assert.Equal(("a", LedgerState.Skipped, MergedIdClaims.SentUnderMergedIdReason), (record.SubscriberId, record.State, record.Reason));
    }

    [Fact]
    public async Task An_alert_being_sent_under_the_duplicates_id_is_retried_later_and_one_not_sent_there_goes_out()
    {
        ledger.States["b"] = LedgerState.Claimed;
        var held = await Dispatcher().DispatchAsync(Samples.Batch(Channel.Email, "a"), CancellationToken.None);
        Assert.Empty(sender.Emails);
        Assert.Equal(1, held.Retrying);

        ledger.States["b"] = LedgerState.Skipped;
        var sent = await Dispatcher().DispatchAsync(Samples.Batch(Channel.Email, "a"), CancellationToken.None);
        Assert.Equal(["a"], sender.Emails);
        Assert.Equal(1, sent.Sent);
    }

    [Fact]
    public async Task The_first_text_marks_only_the_row_that_has_the_number_and_the_folded_view_is_never_saved()
    {
        var outcome = await Dispatcher().DispatchAsync(Samples.Batch(Channel.Sms, "a"), CancellationToken.None);

        Assert.Equal(1, outcome.Sent);
        Assert.Equal(["+447911123456"], sender.Texts);
        var write = Assert.Single(store.Writes);
        Assert.Equal("b", write.Id);
        Assert.Equal(duplicate with { SmsWelcomed = true }, write.Written);
        Assert.Equal(survivor, await store.GetAsync("a", CancellationToken.None));
        Assert.True((await directory.FindAsync("a", CancellationToken.None))!.SmsWelcomed);
    }

    [Fact]
    public async Task A_permanent_failure_disables_the_number_on_its_own_row_only()
    {
        sender.NextText = SendOutcome.Permanent("unknown number", "21211");

        await Dispatcher().DispatchAsync(Samples.Batch(Channel.Sms, "a"), CancellationToken.None);

        var write = Assert.Single(store.Writes);
        Assert.Equal(("b", ContactStatus.Disabled), (write.Id, write.Written!.SmsStatus));
        Assert.Null(write.Written.MergedIds);
        Assert.Equal(survivor, await store.GetAsync("a", CancellationToken.None));
    }

    [Fact]
    public async Task A_change_made_meanwhile_to_the_row_is_kept()
    {
        var changedMeanwhile = duplicate with { Topics = [new Topic("t1", "Homs", false)] };
        await store.SaveAsync(changedMeanwhile, CancellationToken.None);

        await Dispatcher().DispatchAsync(Samples.Batch(Channel.Sms, "a"), CancellationToken.None);

        Assert.Equal(changedMeanwhile with { SmsWelcomed = true }, await store.GetAsync("b", CancellationToken.None));
    }

    private BatchDispatcher Dispatcher() =>
        new(
            directory,
            ledger,
            new NewsAlerts.Core.Tests.Feeds.InMemoryArticles(),
            sender,
            sender,
            new AlertLinks(new AlertsOptions { PublicBaseUrl = new Uri("https://alerts.example.com/") }, new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System)),
            new NewsAlerts.Core.Suppression.SuppressionList(new InMemorySuppressions(), new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System), TimeProvider.System),
            new NewsAlerts.Core.Telemetry.AlertMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));

    private sealed class Recording : IEmailSender, ISmsSender
    {
        public ConcurrentQueue<string> Emails { get; } = new();

        public ConcurrentQueue<string> Texts { get; } = new();

        public SendOutcome NextText { get; set; } = SendOutcome.Sent("SM1");

        public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            Emails.Enqueue(request.SubscriberId);
            return Task.FromResult(SendOutcome.Sent("<1@example.com>"));
        }

        public Task<SendOutcome> SendAsync(SmsAlertRequest request, CancellationToken cancellationToken)
        {
            Texts.Enqueue(request.ToNumber);
            return Task.FromResult(NextText);
        }
    }
}
