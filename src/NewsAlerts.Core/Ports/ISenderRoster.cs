namespace NewsAlerts.Core.Ports;

/// <summary>
/// Which processes send through each sender (the SMTP relay, the Twilio number) right now, so that each can take its
/// share of the sender's rate and together they keep to it however many replicas run.
/// </summary>
public interface ISenderRoster
{
    /// <summary>
    /// Records that <paramref name="instanceId"/> sends through <paramref name="sender"/> for the next
    /// <paramref name="lease"/>, and answers how many processes (this one included) hold a lease on it now.
    /// </summary>
    Task<int> CheckInAsync(string sender, string instanceId, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Ends this process's lease at once (a clean shutdown), so the others take over its share sooner.</summary>
    Task CheckOutAsync(string sender, string instanceId, CancellationToken cancellationToken);
}
