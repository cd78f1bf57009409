namespace NewsAlerts.Core.Tests.Dispatch;

using System.Collections.Concurrent;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// Review finding: a send throwing an exception its sender does not map faulted the group's Task.WhenAll, so no
/// record of the group was written (the others' sends were redone after the lease as possible duplicates).
/// </summary>
public sealed class Every_recipient_gets_an_outcome_even_when_a_send_throws
{
    private static readonly string[] Ids = ["s1", "s2", "s3", "s4", "s5"];

    [Fact]
    public async Task The_throwing_recipient_is_retried_and_the_others_are_recorded_sent()
    {
        var ledger = new InMemoryLedger();
        var email = new ThrowingFor("s3");

        var outcome = await TestDispatchers.Create(ledger, email, Ids).DispatchAsync(Samples.Batch(Channel.Email, Ids), CancellationToken.None);

        Assert.Equal(4, outcome.Sent);
        Assert.Equal(1, outcome.Retrying);
        Assert.Equal(Ids, ledger.Records.Select(r => r.SubscriberId).Order());
        var retrying = Assert.Single(ledger.Records, r => r.State == LedgerState.Retrying);
        Assert.Equal("s3", retrying.SubscriberId);
        Assert.Equal("send failed unexpectedly (FormatException)", retrying.Reason);
    }

    [Fact]
    public async Task A_cancellation_thrown_by_a_send_is_that_recipients_failure_too()
    {
        var ledger = new InMemoryLedger();

        var outcome = await TestDispatchers.Create(ledger, new ThrowingFor("s1", new TaskCanceledException("HTTP timeout")), Ids)
            .DispatchAsync(Samples.Batch(Channel.Email, Ids), CancellationToken.None);

        Assert.Equal(4, outcome.Sent);
        Assert.Equal(5, ledger.Records.Count);
    }

    private sealed class ThrowingFor(string id, Exception? exception = null) : IEmailSender
    {
        public ConcurrentQueue<string> To { get; } = new();

        public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            if (request.SubscriberId == id)
            {
                throw exception ?? new FormatException("Unexpected character in the address of someone@example.com.");
            }

            To.Enqueue(request.SubscriberId);
            return Task.FromResult(SendOutcome.Sent($"<{request.SubscriberId}@example.com>"));
        }
    }
}
