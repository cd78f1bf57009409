namespace NewsAlerts.Core.Tests.Digests;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;

/// <summary>A digest sender that accepts every digest (provider ids <c>m1</c>, <c>m2</c>, ...) and keeps the requests.</summary>
internal sealed class CapturingDigestSender : IDigestEmailSender
{
    public List<DigestEmailRequest> Requests { get; } = [];

    public Task<SendOutcome> SendAsync(DigestEmailRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(SendOutcome.Sent($"m{Requests.Count}"));
    }
}
