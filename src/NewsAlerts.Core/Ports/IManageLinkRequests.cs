namespace NewsAlerts.Core.Ports;

/// <summary>Queues requests for a fresh manage link (<see cref="ManageLinks.ManageLinkMessage"/>), worked after the page has answered.</summary>
public interface IManageLinkRequests
{
    /// <summary>Queues a request for <paramref name="email"/> (an address in canonical form).</summary>
    /// <exception cref="ArgumentException"><paramref name="email"/> is not an address in canonical form.</exception>
    Task RequestAsync(string email, CancellationToken cancellationToken);
}
