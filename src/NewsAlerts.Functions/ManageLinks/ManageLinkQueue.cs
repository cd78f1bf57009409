namespace NewsAlerts.Functions.ManageLinks;

using System.Threading.Channels;

/// <summary>
/// The addresses that asked for a fresh manage link, waiting for <see cref="ManageLinkMailer"/>. The page only puts the
/// address here and answers, so the answer takes the same time whether or not the address is signed up (the lookup
/// and the send happen after it). Bounded: when full (a flood the rate limits let through), a request is dropped; the
/// person can ask again.
/// </summary>
public sealed class ManageLinkQueue
{
    /// <summary>How many requests may wait.</summary>
    public const int Capacity = 1000;

    private readonly Channel<string> addresses = Channel.CreateBounded<string>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    /// <summary>Queues <paramref name="email"/> (an address in canonical form); false when the queue was full.</summary>
    public bool TryAdd(string email) => addresses.Writer.TryWrite(email);

    /// <summary>The queued addresses, in order, until <paramref name="cancellationToken"/> is cancelled.</summary>
    public IAsyncEnumerable<string> ReadAllAsync(CancellationToken cancellationToken) => addresses.Reader.ReadAllAsync(cancellationToken);
}
