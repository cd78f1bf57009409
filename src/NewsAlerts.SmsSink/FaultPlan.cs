namespace NewsAlerts.SmsSink;

/// <summary>
/// Failures to answer instead of accepting the next requests to the Messages API (fault tests): one fault per number
/// (<see cref="SinkFault.To"/>) and one for every number, each with its own count, so tests sharing the sink can fail
/// their own numbers without touching each other's.
/// </summary>
public sealed class FaultPlan
{
    private const string EveryNumber = "";
    private readonly Lock gate = new();
    private readonly Dictionary<string, (SinkFault Fault, int Remaining)> faults = new(StringComparer.Ordinal);

    /// <summary>
    /// Answers <paramref name="fault"/> to the next <paramref name="count"/> requests to its number, or to every number
    /// when it names none; replaces the fault set before for the same target; a count of 0 clears that target only.
    /// </summary>
    public void Set(SinkFault fault, int count)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (gate)
        {
            var key = fault.To ?? EveryNumber;
            if (count <= 0)
            {
                faults.Remove(key);
            }
            else
            {
                faults[key] = (fault, count);
            }
        }
    }

    /// <summary>
    /// Clears the fault set for <paramref name="to"/> (E.164), or every fault when it is null (<c>DELETE /sink/faults</c>);
    /// returns how many were cleared.
    /// </summary>
    public int Clear(string? to = null)
    {
        lock (gate)
        {
            if (to is not null)
            {
                return faults.Remove(to) ? 1 : 0;
            }

            var cleared = faults.Count;
            faults.Clear();
            return cleared;
        }
    }

    /// <summary>The faults set now, each with the requests it has left (<c>GET /sink/faults</c>).</summary>
    public IReadOnlyList<SinkFault> All()
    {
        lock (gate)
        {
            return [.. faults.Values.Select(f => f.Fault with { Count = f.Remaining })];
        }
    }

    /// <summary>
    /// The fault for this request to <paramref name="to"/> (its <c>To</c>; null when it names none), if any are left:
    /// the one set for this number first, then the one for every number.
    /// </summary>
    public SinkFault? TryTake(string? to = null)
    {
        lock (gate)
        {
            return (to is null ? null : Take(to)) ?? Take(EveryNumber);
        }
    }

    private SinkFault? Take(string key)
    {
        if (!faults.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.Remaining <= 1)
        {
            faults.Remove(key);
        }
        else
        {
            faults[key] = (entry.Fault, entry.Remaining - 1);
        }

        return entry.Fault;
    }
}
