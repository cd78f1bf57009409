namespace NewsAlerts.Integration.Tests.Delivery.Gates;

using NewsAlerts.Core.Delivery;

/// <summary>
/// An email sender that lets the first <c>passing</c> alerts to the watched addresses through, then holds every
/// further one until <c>release</c> completes: the point where a batch is interrupted, chosen by the test rather
/// than by the speed of the machine. Alerts to other addresses (other tests' batches) pass untouched.
/// </summary>
internal sealed class HoldingEmailSender(IEmailSender inner, Func<string, bool> watched, int passing, Task release) : IEmailSender
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly TaskCompletionSource holding = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int started;
    private int sent;

    /// <summary>Completes when the first alert is held (every earlier one has started).</summary>
    public Task Holding => holding.Task;

    /// <summary>How many watched alerts the inner sender accepted.</summary>
    public int Sent => Volatile.Read(ref sent);

    /// <inheritdoc />
    public async Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!watched(request.ToAddress))
        {
            return await inner.SendAsync(request, cancellationToken);
        }

        if (Interlocked.Increment(ref started) > passing)
        {
            holding.TrySetResult();
            // A deadline, so a test that never releases fails instead of hanging.
            await release.WaitAsync(Deadline, CancellationToken.None);
        }

        var outcome = await inner.SendAsync(request, cancellationToken);
        if (outcome.Status == SendStatus.Sent)
        {
            Interlocked.Increment(ref sent);
        }

        return outcome;
    }
}
