namespace NewsAlerts.Cli.Dev;

using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Digests;

/// <summary>
/// Shows the demo's digest going out: waits (in the background of the session) until the digest subscriber's inbox has
/// the digest, after the confirmation and the manage link, and says so; or says it did not come by its deadline.
/// </summary>
public sealed class DigestDemo(RunningStack stack, TextWriter log)
{
    /// <summary>How long after the due time (and the run's grace) the digest may take to arrive: the timer runs every minute.</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromMinutes(3);

    /// <summary>Waits for the digest of <paramref name="subscriber"/> (one with a <see cref="DemoSubscriber.DigestDueAt"/>) and reports it.</summary>
    public async Task ShowWhenDeliveredAsync(DemoSubscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (subscriber.DigestDueAt is not { } due)
        {
            return;
        }

        using var inbox = new Smtp4devInbox(stack.SmtpInbox);
        var timeout = due + DigestRun.Grace + Slack - DateTimeOffset.UtcNow;
        try
        {
            await log.WriteLineAsync($"digest for {subscriber.Address} is due at {due:HH:mm} UTC; the timer sends it up to {DigestRun.Grace.TotalMinutes:0} minutes later");
            await Polling.UntilAsync(
                async () => await inbox.CountAsync(subscriber.Address, cancellationToken) >= 3,
                $"the digest reaches {subscriber.Address}", timeout > TimeSpan.Zero ? timeout : TimeSpan.Zero, cancellationToken);
            var digest = (await inbox.ListMessagesAsync(subscriber.Address, cancellationToken)).LastOrDefault();
            await log.WriteLineAsync($"digest delivered to {subscriber.Address}: \"{digest?.Subject}\" (see {stack.SmtpInbox})");
        }
        catch (TimeoutException ex)
        {
            await log.WriteLineAsync($"digest not delivered: {ex.Message}");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The session ended first.
        }
    }
}
