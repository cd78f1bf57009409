namespace NewsAlerts.Core.Tests.Articles;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.FollowUps;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Core.Tests.Digests;
using NewsAlerts.Core.Tests.Dispatch;

/// <summary>Article ingestion over in-memory stores: the subscribers in the matcher and the store, batches to a publisher the test reads.</summary>
internal static class TestIngestions
{
    /// <summary>
    /// An ingestion over <paramref name="articles"/> and <paramref name="ledger"/> that plans for
    /// <paramref name="subscribers"/> (added to <paramref name="matcher"/>, a new one when null) and hands its batches to
    /// <paramref name="publisher"/>; digest entries go to <paramref name="digests"/> (a new in-memory store when null).
    /// Stale after 4 h; no suppressions; the clock is <paramref name="time"/>.
    /// </summary>
    /// <param name="readsDigests">
    /// Whether the ingestion itself also reads <paramref name="digests"/> (as the hosts wire it): a story already in a
    /// subscriber's digest is then not entered again, and an upgrade counts digest entries as received. On by default.
    /// </param>
    public static ArticleIngestion Create(
        IArticleStore articles, InMemoryLedger ledger, IAlertPublisher publisher, TimeProvider time, IReadOnlyCollection<Subscriber> subscribers,
        IDigestStore? digests = null, SubscriberMatcher? matcher = null, bool readsDigests = true)
    {
        var meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        matcher ??= new SubscriberMatcher();
        matcher.UpsertMany(subscribers);
        var suppressions = new SuppressionList(new InMemorySuppressions(), new TokenSigner(new byte[32], time), time);
        digests ??= new InMemoryDigestStore();
        var planned = new InMemoryPlannedAlerts();
        return new ArticleIngestion(
            articles, matcher, new PlanDelivery(publisher, digests, ledger, planned), suppressions, ledger, new AlertMetrics(meters),
            new DeliveryPolicySettings(TimeSpan.FromHours(4)), time,
            new FollowUpDelivery(ledger, digests, matcher, new InMemorySubscribers(subscribers), suppressions, publisher), planned,
            digests: readsDigests ? digests : null);
    }
}

/// <summary>A publisher that keeps every batch queued or scheduled.</summary>
internal sealed class RecordingPublisher : IAlertPublisher
{
    public List<DeliveryBatch> Batches { get; } = [];

    /// <summary>Every alert queued, as "Channel:subscriber", sorted.</summary>
    public string[] Planned() =>
        [.. Batches.SelectMany(b => b.Recipients.Select(r => $"{b.Channel}:{r.SubscriberId}")).Order(StringComparer.Ordinal)];

    public Task PublishAsync(IReadOnlyList<DeliveryBatch> batches, CancellationToken cancellationToken)
    {
        Batches.AddRange(batches);
        return Task.CompletedTask;
    }

    public Task ScheduleAsync(IReadOnlyList<ScheduledBatch> batches, CancellationToken cancellationToken)
    {
        Batches.AddRange(batches.Select(s => s.Batch));
        return Task.CompletedTask;
    }
}
