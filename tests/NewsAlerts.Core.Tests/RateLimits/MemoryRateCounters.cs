namespace NewsAlerts.Core.Tests.RateLimits;

using NewsAlerts.Core.Ports;
using NewsAlerts.Core.RateLimits;

/// <summary>Counters in a dictionary, for deciding limits without storage.</summary>
internal sealed class MemoryRateCounters : IRateCounterStore
{
    private readonly Dictionary<(string Limit, string Key), RateCounter> counters = [];

    public IReadOnlyDictionary<(string Limit, string Key), RateCounter> Counters => counters;

    public Task<RateDecision> TakeAsync(string limit, string key, Func<RateCounter?, RateDecision> decide, CancellationToken cancellationToken)
    {
        var decision = decide(counters.GetValueOrDefault((limit, key)));
        if (decision is { Allowed: true, Next: { } next })
        {
            counters[(limit, key)] = next;
        }

        return Task.FromResult(decision);
    }
}
