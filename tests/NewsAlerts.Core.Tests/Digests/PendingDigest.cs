namespace NewsAlerts.Core.Tests.Digests;

using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Tests.Dispatch;

/// <summary>
/// The digest of <see cref="TestDigestDispatchers"/> pending (its one entry, <see cref="TestDigestDispatchers.Truce"/>,
/// written), a ledger that applies <see cref="ClaimLease.Default"/>, and a fake clock three minutes past the due time:
/// for the tests that deliver the same digest again and again (attempts, redeliveries, a second worker).
/// </summary>
internal sealed class PendingDigest
{
    private readonly TokenSigner tokens = new(RandomNumberGenerator.GetBytes(32), TimeProvider.System);

    public PendingDigest()
    {
        Ledger = new LeasedLedger(ClaimLease.Default, Clock);
        var seven = TestDigestDispatchers.Seven;
        Digests.RecordAsync([new DigestEntry("s1", seven, "a1", "t1", "why", TestDigestDispatchers.Truce.PublishedAt)], CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>The digest's first delivery: <c>s1</c>, due at <see cref="TestDigestDispatchers.Seven"/>, carrying <c>a1</c>.</summary>
    public static DigestBatch Batch { get; } = new("s1", TestDigestDispatchers.Seven, ["a1"], 0);

    /// <summary>The clock of the ledger and the dispatchers; it moves only when the test advances it.</summary>
    public FakeTimeProvider Clock { get; } = new(TestDigestDispatchers.Seven.AddMinutes(3));

    public InMemoryDigestStore Digests { get; } = new();

    public LeasedLedger Ledger { get; }

    /// <summary>A dispatcher (one worker) over these stores, reading articles from <paramref name="articles"/>.</summary>
    public DigestDispatcher Dispatcher(IArticleStore articles, IDigestEmailSender sender) =>
        TestDigestDispatchers.Create(Ledger, Digests, articles, sender, tokens, time: Clock, lease: ClaimLease.Default);
}
