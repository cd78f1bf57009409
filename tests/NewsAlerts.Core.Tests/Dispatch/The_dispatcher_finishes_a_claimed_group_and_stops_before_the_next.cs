namespace NewsAlerts.Core.Tests.Dispatch;

using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Security;

/// <summary>The batch dispatcher over a ledger, a subscriber store and senders in memory: no local stack needed.</summary>
public sealed class The_dispatcher_finishes_a_claimed_group_and_stops_before_the_next
{
    private static readonly string[] Ids = ["s1", "s2", "s3", "s4", "s5"];
    private readonly InMemoryLedger ledger = new();
    private readonly RecordingEmail email = new();

    [Fact]
    public async Task A_stop_during_a_groups_sends_lets_the_group_finish_and_record_then_hands_the_rest_back()
    {
        using var stop = new CancellationTokenSource();
        email.OnSend = stop.Cancel;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Dispatcher(parallelism: 2).DispatchAsync(Samples.Batch(Channel.Email, Ids), stop.Token));

        Assert.Equal(["s1", "s2"], ledger.Claimed.Order());
        Assert.Equal(["s1", "s2"], email.To.Order());
        Assert.All(ledger.Records, r => Assert.Equal(LedgerState.Sent, r.State));
        Assert.Equal(2, ledger.Records.Count);
    }

    [Fact]
    public async Task A_redelivered_batch_sends_only_what_is_not_done_and_counts_a_crashed_claim_as_a_possible_duplicate()
    {
        ledger.Preset["s1"] = ClaimResult.AlreadyDone;
        ledger.Preset["s2"] = ClaimResult.ClaimedAfterCrash;

        var outcome = await Dispatcher(parallelism: 2).DispatchAsync(Samples.Batch(Channel.Email, Ids), CancellationToken.None);

        Assert.Equal(["s2", "s3", "s4", "s5"], email.To.Order());
        Assert.Equal(new BatchOutcome(4, 1, 0, 0, 0, 1, outcome.RetryReasons), outcome);
        Assert.DoesNotContain(ledger.Records, r => r.SubscriberId == "s1");
    }

    private BatchDispatcher Dispatcher(int parallelism) =>
        new(
            new SubscriberDirectory(new InMemorySubscribers(Ids.Select(id => Samples.Subscriber(id)))),
            ledger,
            new NewsAlerts.Core.Tests.Feeds.InMemoryArticles(),
            email,
            new NoSms(),
            new AlertLinks(new AlertsOptions { PublicBaseUrl = new Uri("https://alerts.example.com/") }, new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System)),
            new NewsAlerts.Core.Suppression.SuppressionList(new InMemorySuppressions(), new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System), TimeProvider.System),
            new NewsAlerts.Core.Telemetry.AlertMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()))
        {
            Parallelism = parallelism,
        };

    private sealed class RecordingEmail : IEmailSender
    {
        public ConcurrentQueue<string> To { get; } = new();

        public Action? OnSend { get; set; }

        public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            To.Enqueue(request.SubscriberId);
            OnSend?.Invoke();
            return Task.FromResult(SendOutcome.Sent($"<{request.SubscriberId}@example.com>"));
        }
    }

    private sealed class NoSms : ISmsSender
    {
        public Task<SendOutcome> SendAsync(SmsAlertRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("No SMS in an email batch.");
    }
}
