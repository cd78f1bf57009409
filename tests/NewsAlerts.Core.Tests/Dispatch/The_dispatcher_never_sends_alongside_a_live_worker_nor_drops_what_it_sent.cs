namespace NewsAlerts.Core.Tests.Dispatch;

using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Security;

/// <summary>
/// What the fault campaign found: a batch whose lock was lost reaches a second worker while the first still sends,
/// and storage restarting mid-group made a live worker lose its records. Both doubled alerts.
/// </summary>
public sealed class The_dispatcher_never_sends_alongside_a_live_worker_nor_drops_what_it_sent
{
    private static readonly string[] Ids = ["s1", "s2", "s3", "s4", "s5"];
    private readonly InMemoryLedger ledger = new();
    private readonly InMemorySuppressions suppressions = new();
    private readonly RecordingEmail email = new();
    private readonly FakeTimeProvider time = new();

    [Fact]
    public async Task Alerts_another_worker_holds_are_waited_for_and_not_sent_once_it_records_them()
    {
        ledger.Scripted["s2"] = new([ClaimResult.HeldElsewhere, ClaimResult.HeldElsewhere, ClaimResult.AlreadyDone]);

        var outcome = await AdvancingAsync(Dispatcher().DispatchAsync(Samples.Batch(Channel.Email, Ids), CancellationToken.None));

        Assert.Equal(["s1", "s3", "s4", "s5"], email.To.Order());
        Assert.Equal(3, ledger.Claimed.Count(id => id == "s2"));
        Assert.Equal(new BatchOutcome(4, 1, 0, 0, 0, 0, outcome.RetryReasons), outcome);
    }

    [Fact]
    public async Task An_alert_whose_claimer_let_the_lease_run_out_is_taken_over_as_a_possible_duplicate()
    {
        ledger.Scripted["s2"] = new([ClaimResult.HeldElsewhere, ClaimResult.ClaimedAfterCrash]);

        var outcome = await AdvancingAsync(Dispatcher().DispatchAsync(Samples.Batch(Channel.Email, Ids), CancellationToken.None));

        Assert.Equal(Ids, email.To.Order());
        Assert.Equal(1, outcome.PossibleDuplicates);
    }

    [Fact]
    public async Task Records_are_written_once_storage_is_back()
    {
        ledger.FailingRecords = 3;

        var outcome = await AdvancingAsync(Dispatcher().DispatchAsync(Samples.Batch(Channel.Email, Ids), CancellationToken.None));

        Assert.Equal(5, outcome.Sent);
        Assert.Equal(Ids, ledger.Records.Where(r => r.State == LedgerState.Sent).Select(r => r.SubscriberId).Order());
    }

    [Fact]
    public async Task A_storage_failure_before_one_send_retries_that_one_and_still_records_the_others()
    {
        suppressions.FailingReads = 1;

        var outcome = await AdvancingAsync(Dispatcher().DispatchAsync(Samples.Batch(Channel.Email, Ids), CancellationToken.None));

        Assert.Equal(4, email.To.Count);
        Assert.Equal(1, outcome.Retrying);
        Assert.Equal([BatchDispatcher.StorageUnavailableReason], outcome.RetryReasons);
        Assert.Equal(4, ledger.Records.Count(r => r.State == LedgerState.Sent));
        var retrying = Assert.Single(ledger.Records, r => r.State == LedgerState.Retrying);
        Assert.DoesNotContain(retrying.SubscriberId, email.To);
    }

    // The dispatcher's waits run on the fake clock: move it on until the dispatch ends.
    private async Task<T> AdvancingAsync<T>(Task<T> task)
    {
        while (!task.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(task, Task.Delay(TimeSpan.FromMilliseconds(5)));
        }

        return await task;
    }

    private BatchDispatcher Dispatcher() =>
        new(
            new SubscriberDirectory(new InMemorySubscribers(Ids.Select(id => Samples.Subscriber(id)))),
            ledger,
            new NewsAlerts.Core.Tests.Feeds.InMemoryArticles(),
            email,
            new NoSms(),
            new AlertLinks(new AlertsOptions { PublicBaseUrl = new Uri("https://alerts.example.com/") }, new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System)),
            new NewsAlerts.Core.Suppression.SuppressionList(suppressions, new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System), TimeProvider.System),
            new NewsAlerts.Core.Telemetry.AlertMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()),
            time)
        {
            Parallelism = 5,
        };

    private sealed class RecordingEmail : IEmailSender
    {
        public ConcurrentQueue<string> To { get; } = new();

        public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            To.Enqueue(request.SubscriberId);
            return Task.FromResult(SendOutcome.Sent($"<{request.SubscriberId}@example.com>"));
        }
    }

    private sealed class NoSms : ISmsSender
    {
        public Task<SendOutcome> SendAsync(SmsAlertRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("No SMS in an email batch.");
    }
}
