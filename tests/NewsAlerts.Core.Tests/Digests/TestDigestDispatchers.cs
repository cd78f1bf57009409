namespace NewsAlerts.Core.Tests.Digests;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Core.Tests.Dispatch;

/// <summary>
/// Digest dispatchers over in-memory stores for the one digest the digest tests share: subscriber <c>s1</c> follows
/// "Aleppo" (topic <c>t1</c>) and its digest due at <see cref="Seven"/> carries <see cref="Truce"/>.
/// </summary>
internal static class TestDigestDispatchers
{
    /// <summary>
    /// A dispatcher for <c>s1</c>'s digests; links and the suppression list are signed with <paramref name="tokens"/>
    /// (a test that suppresses a contact itself uses the same signer and <paramref name="suppressions"/>, else an
    /// empty store). <paramref name="time"/>, <paramref name="lease"/> and <paramref name="history"/> default as the
    /// dispatcher's own (system clock, <see cref="ClaimLease.Default"/>, no history).
    /// </summary>
    public static DigestDispatcher Create(
        IDeliveryLedger ledger, IDigestStore digests, IArticleStore articles, IDigestEmailSender sender, TokenSigner tokens,
        ISuppressionStore? suppressions = null, TimeProvider? time = null, ClaimLease? lease = null, IAlertHistory? history = null) =>
        new(
            new SubscriberDirectory(new InMemorySubscribers([Samples.Subscriber("s1") with { Topics = [new Topic("t1", "Aleppo", false)] }])),
            ledger, digests, articles, sender,
            new AlertLinks(new AlertsOptions { PublicBaseUrl = new Uri("https://alerts.example.com/") }, tokens),
            new SuppressionList(suppressions ?? new InMemorySuppressions(), tokens, TimeProvider.System),
            new AlertMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()),
            time, lease, history);

    /// <summary>When the digest is due: 07:00 UTC on 30 November 2026.</summary>
    public static readonly DateTimeOffset Seven = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);

    /// <summary>The story in the digest: <c>a1</c>, "Truce in Aleppo", urgency 3, published two hours before it is due.</summary>
    public static readonly Article Truce = new("a1", 1, "Truce in Aleppo", "Body", null, "Wire", "en", [], 3, null, Seven.AddHours(-2));
}
