namespace NewsAlerts.Testing;

using NewsAlerts.Core.ManageLinks;
using NewsAlerts.Core.Ports;

/// <summary>
/// The manage-link queue as it is (the inner one, the real queue on the Service Bus emulator), but whose first
/// <see cref="RequestAllAsync"/> fails as an unreachable queue does (nothing queued); the calls after it go through.
/// </summary>
public sealed class FailingFirstManageLinkRequests(IManageLinkRequests inner) : IManageLinkRequests
{
    private int calls;

    /// <summary>How many times <see cref="RequestAllAsync"/> was called (the failed first one included).</summary>
    public int Calls => Volatile.Read(ref calls);

    /// <inheritdoc />
    public Task RequestAsync(string email, CancellationToken cancellationToken) => inner.RequestAsync(email, cancellationToken);

    /// <inheritdoc />
    public Task RequestTextAsync(string phone, CancellationToken cancellationToken) => inner.RequestTextAsync(phone, cancellationToken);

    /// <inheritdoc />
    public Task RequestAllAsync(IReadOnlyList<ManageLinkAsk> asks, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref calls) == 1
            ? Task.FromException(new InvalidOperationException("The manage-links queue cannot be reached (a test's first call)."))
            : inner.RequestAllAsync(asks, cancellationToken);
}
