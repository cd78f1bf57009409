namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Digests;

/// <summary>Puts digest batches on the email queue, each with its idempotent message id (subscriber + due time).</summary>
public interface IDigestPublisher
{
    /// <summary>Sends the batches; sending the same batch twice is a no-op for the receiver.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="batches"/> is null.</exception>
    Task PublishAsync(IReadOnlyList<DigestBatch> batches, CancellationToken cancellationToken);
}
