namespace NewsAlerts.Cli.Dev;

/// <summary>
/// Whether a live <c>dev</c> run takes the SMS sink's replies (its <c>PUT /sink/inbound-webhook</c>) from the run that
/// holds them. Trial s45 #10: a second <c>dev</c> took the replies and was killed (kill -9, a crash, a closed terminal)
/// before it could hand them back, so every STOP went to its dead port and was refused, and nothing said so. Twilio itself
/// neither retries an inbound-message webhook that fails nor keeps the message: it logs an error and, when the number has
/// one, asks its fallback URL at once (twilio.com/docs/usage/security/availability-reliability). The sink mirrors the
/// honest part (the sender is answered 502, nothing is kept); the live runs play the fallback: within a second of the
/// holder's death one of them points the webhook at itself.
/// </summary>
public static class ReplyWebhookTakeover
{
    /// <summary>
    /// True when <paramref name="webhook"/> is the reply webhook of one of <paramref name="liveHosts"/> (same host and port):
    /// a run still running holds the replies, and hands them back itself when it stops.
    /// </summary>
    /// <param name="webhook">Where the sink's replies go now; null: nowhere.</param>
    /// <param name="liveHosts">The hosts of the live <c>dev</c> runs on this data folder (<see cref="DevHosts.Live"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="liveHosts"/> is null.</exception>
    public static bool HeldByLiveRun(Uri? webhook, IReadOnlyList<DevHost> liveHosts)
    {
        ArgumentNullException.ThrowIfNull(liveHosts);
        return webhook is not null && DevHosts.Serves(liveHosts, webhook);
    }

    /// <summary>
    /// Whether the run of PID <paramref name="self"/> points the sink's replies at itself now: no live <c>dev</c> holds
    /// them (<see cref="HeldByLiveRun"/>), nothing else answers at <paramref name="webhook"/> (an app pointed at by hand
    /// that answers is left alone; one that refuses connections is gone), and this run is the live run with the lowest
    /// PID, so that of several live runs exactly one takes them. A run not among <paramref name="liveHosts"/> (not
    /// recorded yet, or its record removed) never does.
    /// </summary>
    /// <param name="webhook">Where the sink's replies go now; null: nowhere.</param>
    /// <param name="webhookAnswers">Whether a connection to <paramref name="webhook"/>'s host and port is accepted now.</param>
    /// <param name="liveHosts">The hosts of the live <c>dev</c> runs on this data folder, this one's included.</param>
    /// <param name="self">This process's id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="liveHosts"/> is null.</exception>
    public static bool Takes(Uri? webhook, bool webhookAnswers, IReadOnlyList<DevHost> liveHosts, int self)
    {
        ArgumentNullException.ThrowIfNull(liveHosts);
        if (HeldByLiveRun(webhook, liveHosts) || (webhook is not null && webhookAnswers))
        {
            return false;
        }

        return DevHosts.ActsForAll(liveHosts, self);
    }

    /// <summary>
    /// The line a run writes when it took the replies: where they went (<paramref name="from"/>, null: nowhere), why that
    /// is over, and where they go now (<paramref name="to"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="to"/> is null.</exception>
    public static string Line(Uri? from, Uri to)
    {
        ArgumentNullException.ThrowIfNull(to);
        return from is null
            ? $"smssink: replies went nowhere; they come to this run now ({to})"
            : $"smssink: replies went to {from}, which refuses connections (the run there ended without handing them back); they come to this run now ({to})";
    }
}
