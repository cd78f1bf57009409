namespace NewsAlerts.Core.Tests.Caps;

using NewsAlerts.Core.Caps;
using NewsAlerts.Core.Delivery;

/// <summary>Daily cap counters in memory, keyed as the Table store keys them (subscriber, channel, local day).</summary>
internal sealed class InMemoryDailyCapStore : IDailyCapStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string, Channel, DateOnly), CapCount> counts = [];

    public int Writes { get; private set; }

    public Task<CapCount> GetAsync(string subscriberId, Channel channel, DateOnly day, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(counts.GetValueOrDefault((subscriberId, channel, day), CapCount.Empty));
        }
    }

    public Task<CapTake> UpdateAsync(string subscriberId, Channel channel, DateOnly day, Func<CapCount, CapTake> decide, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var take = decide(counts.GetValueOrDefault((subscriberId, channel, day), CapCount.Empty));
            if (take.Next is { } next)
            {
                counts[(subscriberId, channel, day)] = next;
                Writes++;
            }

            return Task.FromResult(take);
        }
    }
}
