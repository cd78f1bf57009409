namespace NewsAlerts.Core.Ports;

/// <summary>Queues requests for a fresh manage link (<see cref="ManageLinks.ManageLinkMessage"/>), worked after the page has answered.</summary>
public interface IManageLinkRequests
{
    /// <summary>Queues a request for <paramref name="email"/> (an address in canonical form).</summary>
    /// <exception cref="ArgumentException"><paramref name="email"/> is not an address in canonical form.</exception>
    Task RequestAsync(string email, CancellationToken cancellationToken);

    /// <summary>Queues a request to text the link to <paramref name="phone"/> (a number in E.164).</summary>
    /// <exception cref="ArgumentException"><paramref name="phone"/> is not a number in E.164.</exception>
    Task RequestTextAsync(string phone, CancellationToken cancellationToken);
}
