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

    /// <summary>
    /// Queues every one of <paramref name="asks"/> (an address and a number asked for in one request) all at once or
    /// none: a failure leaves nothing queued, so the person is never told "nothing was sent" after one link went (issue 16).
    /// </summary>
    /// <exception cref="ArgumentException">An ask's contact is not canonical (an address) or not E.164 (a number); nothing is queued.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="asks"/> is null.</exception>
    Task RequestAllAsync(IReadOnlyList<ManageLinks.ManageLinkAsk> asks, CancellationToken cancellationToken);
}
