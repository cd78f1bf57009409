namespace NewsAlerts.Core.Tests.Dispatch;

using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Security;

/// <summary>Batch dispatchers over in-memory stores, for the tests that give them their own ledger, sender and clock.</summary>
internal static class TestDispatchers
{
    public static BatchDispatcher Create(IDeliveryLedger ledger, IEmailSender email, IEnumerable<string> ids, TimeProvider? time = null, ClaimLease? lease = null, int parallelism = 5,
        NewsAlerts.Core.Ports.IArticleStore? articles = null, InMemorySubscribers? subscribers = null, NewsAlerts.Core.Ports.IAlertHistory? history = null,
        NewsAlerts.Core.Ports.IDigestStore? digests = null) =>
        new(
            new SubscriberDirectory(subscribers ?? new InMemorySubscribers(ids.Select(id => Samples.Subscriber(id)))),
            ledger,
            articles ?? new NewsAlerts.Core.Tests.Feeds.InMemoryArticles(),
            email,
            new NoSms(),
            new AlertLinks(new AlertsOptions { PublicBaseUrl = new Uri("https://alerts.example.com/") }, new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System)),
            new NewsAlerts.Core.Suppression.SuppressionList(new InMemorySuppressions(), new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System), TimeProvider.System),
            new NewsAlerts.Core.Telemetry.AlertMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()),
            time,
            lease,
            digests: digests,
            history: history)
        {
            Parallelism = parallelism,
        };

    private sealed class NoSms : ISmsSender
    {
        public Task<SendOutcome> SendAsync(SmsAlertRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("No SMS in an email batch.");
    }
}
